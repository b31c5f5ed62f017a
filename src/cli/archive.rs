//! `welcome-booth archive …` and `translations …`: the archive of every card, merges
//! between booths, and the translators' round trip.

use welcome_booth::archive::{
    Archive, CardId, Consent, Filter, NewCard, TextFix, Translation, TranslationStatus,
};
use welcome_booth::card::{CardEngine, CardText, Layout};
use welcome_booth::publish::translators;

use super::args::{ArchiveCommand, TranslationsCommand};
use super::card::{prepare, warn_if_soft};
use super::output::{Bar, emit, print_record, print_table};
use welcome_booth::progress::Progress;

/// Carries out an `archive` command.
pub(crate) fn run(mut archive: Archive, command: ArchiveCommand) -> anyhow::Result<()> {
    match command {
        ArchiveCommand::Add {
            card,
            consent,
            approved,
        } => {
            let (layout, text, photo) = prepare(&card)?;
            let id = CardId::new();
            let text = CardText {
                reference: Some(id.reference()),
                ..text
            };
            let mut engine = CardEngine::new();
            let rendered =
                engine.render_photo_file(&layout, &text, &photo.bytes, &photo.origin, None)?;
            warn_if_soft(rendered.scene.photo_ppi);
            let record = archive.save(NewCard {
                id,
                text: &text,
                consent: Consent::given(&consent),
                layout: &layout,
                photo: &photo.bytes,
                rendered: &rendered,
                story: None,
            })?;
            if let Some(translation) = record.translation.as_ref().filter(|_| approved) {
                let mut record = record.clone();
                record.translation = Some(Translation {
                    status: TranslationStatus::Approved,
                    ..translation.clone()
                });
                archive.update(&mut record)?;
            }
            println!("{}", record.id);
        }
        ArchiveCommand::List { filter, json } => {
            if json {
                let cards = archive.list(&filter.into())?;
                emit(&format!("{}\n", serde_json::to_string_pretty(&cards)?))?;
            } else {
                print_table(&archive.summaries(&filter.into())?)?;
            }
        }
        ArchiveCommand::Search { text, limit } => print_table(&archive.search(&text, limit)?)?,
        ArchiveCommand::Show { id, json } => {
            let record = archive.get(archive.find_card(&id)?)?;
            if json {
                emit(&format!("{}\n", serde_json::to_string_pretty(&record)?))?;
            } else {
                print_record(&archive, &record)?;
            }
        }
        ArchiveCommand::Erase { id } => {
            let id = archive.find_card(&id)?;
            let copies = archive.copies_of(id)?;
            for path in archive.erase(id)? {
                println!("removed {}", path.display());
            }
            println!("card {id} erased");
            match copies.as_slice() {
                [] => println!(
                    "no other archive is known to hold a copy; any copy made outside a merge is erased when it is merged with this archive"
                ),
                copies => {
                    println!(
                        "{} other archive(s) known to hold a copy; merge this archive with each so it is erased there too:",
                        copies.len()
                    );
                    for copy in copies {
                        println!("  {}", copy.name);
                    }
                }
            }
        }
        ArchiveCommand::Correct {
            id,
            message,
            name,
            by,
        } => {
            let id = archive.find_card(&id)?;
            let opened = archive.get(id)?.version;
            let fix = TextFix { message, name };
            let record = archive.correct(&mut CardEngine::new(), id, opened, &fix, &by)?;
            println!("card {}: corrected and drawn again", record.id);
        }
        ArchiveCommand::Withdraw { id, use_ } => {
            let record = archive.withdraw_consent(archive.find_card(&id)?, use_)?;
            println!(
                "card {}: consent for {} withdrawn",
                record.id,
                use_.as_str()
            );
        }
        ArchiveCommand::Check { repair } => {
            let report = if repair {
                archive.repair(&mut CardEngine::new())?
            } else {
                archive.check()?
            };
            print!("{report}");
            if !report.is_clean() {
                anyhow::bail!(
                    "the archive needs attention (see above); `welcome-booth archive check --repair` fixes what it can"
                );
            }
        }
        ArchiveCommand::Merge { source } => {
            let report = archive.merge(&mut CardEngine::new(), &source)?;
            print!("{report}");
        }
        ArchiveCommand::ExportBundle { since, out } => {
            let report = archive.export_bundle(since.as_deref(), &out)?;
            println!(
                "{}: {} card(s), {} erasure(s), {:.1} MB",
                report.path.display(),
                report.cards,
                report.tombstones,
                report.bytes as f64 / 1e6
            );
        }
        ArchiveCommand::Conflicts => {
            let conflicts = archive.conflicts()?;
            for c in &conflicts {
                println!(
                    "{}  {:<11}  from {}  (found {})\n    theirs: {}",
                    c.id,
                    c.part.as_str(),
                    c.source,
                    c.found_at,
                    c.theirs
                );
            }
            println!("{} conflict(s)", conflicts.len());
        }
        ArchiveCommand::Resolve { id, part, keep } => {
            let theirs = keep == "theirs";
            let record = archive.resolve(&mut CardEngine::new(), id.parse()?, part, theirs)?;
            let whose = if theirs {
                "the other archive"
            } else {
                "this archive"
            };
            println!(
                "card {}: its {} is {whose}'s version",
                record.id,
                part.as_str()
            );
        }
        ArchiveCommand::Rerender { ids, layout } => {
            let layout = layout.as_deref().map(Layout::find).transpose()?;
            let ids: Vec<CardId> = if ids.is_empty() {
                archive
                    .summaries(&Filter::default())?
                    .into_iter()
                    .map(|r| r.id)
                    .collect()
            } else {
                ids.iter().map(|s| s.parse()).collect::<Result<_, _>>()?
            };
            let bar = Bar::new("rerender");
            bar.start(ids.len() as u64);
            let mut engine = CardEngine::new();
            for id in &ids {
                archive.rerender(&mut engine, *id, layout.as_ref())?;
                bar.step();
            }
            drop(bar);
            println!("{} card(s) re-rendered", ids.len());
        }
    }
    Ok(())
}

/// Carries out a `translations` command.
pub(crate) fn translations(
    mut archive: Archive,
    command: TranslationsCommand,
) -> anyhow::Result<()> {
    match command {
        TranslationsCommand::Export { file, filter } => {
            let n = translators::export(&archive, &filter.into(), &file)?;
            println!("{n} message(s) written to {}", file.display());
        }
        TranslationsCommand::Import { file } => {
            let changed = translators::import(&mut archive, &mut CardEngine::new(), &file)?;
            println!(
                "{} translation(s) imported from {}",
                changed.len(),
                file.display()
            );
        }
    }
    Ok(())
}
