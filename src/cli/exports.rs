//! `welcome-booth exhibition build` and `social export`: the archive's cards for walls,
//! classrooms and social media.

use std::path::Path;

use welcome_booth::archive::{Archive, ArchiveError, CardId};
use welcome_booth::card::{CardEngine, Layout};
use welcome_booth::publish::{exhibition, social};

use super::args::{ExhibitionCommand, SocialCommand};
use super::output::Bar;

/// Carries out an `exhibition` command.
pub(crate) fn exhibition(archive: Archive, command: ExhibitionCommand) -> anyhow::Result<()> {
    let find = |cards: &[String]| -> Result<Vec<CardId>, ArchiveError> {
        cards.iter().map(|c| archive.find_card(c)).collect()
    };
    match command {
        ExhibitionCommand::Build { out, layout } => build(&archive, &out, layout.as_deref())?,
        ExhibitionCommand::List => {
            let shown = archive.exhibited()?;
            for (n, id) in shown.iter().enumerate() {
                let card = archive.get(*id)?;
                println!("{:>4}  {}  {}", n + 1, id.reference(), card.message);
            }
            let excluded = archive.selection()?.excluded;
            for id in &excluded {
                println!("  --  {}  left out", id.reference());
            }
            println!(
                "{} card(s) in the exhibition, {} left out",
                shown.len(),
                excluded.len()
            );
        }
        ExhibitionCommand::Exclude { cards } => archive.exclude(&find(&cards)?)?,
        ExhibitionCommand::Include { cards } => archive.include(&find(&cards)?)?,
        ExhibitionCommand::Order { cards } => archive.place_first(&find(&cards)?)?,
    }
    Ok(())
}

/// Builds the exhibition's PDF, contact sheet and web gallery.
fn build(archive: &Archive, out: &Path, layout: Option<&str>) -> anyhow::Result<()> {
    let layout = layout.map(Layout::find).transpose()?;
    let report = exhibition::build(
        archive,
        &mut CardEngine::new(),
        out,
        layout.as_ref(),
        &Bar::new("exhibition"),
    )?;
    println!("{} card(s)", report.cards);
    if report.without_translation > 0 {
        println!(
            "{} card(s) left out: {} puts the Arabic translation first and they have no approved one",
            report.without_translation,
            layout.map_or_else(String::new, |l| l.name)
        );
    }
    for path in [report.pdf, report.contact_sheet, report.gallery] {
        println!("{}", path.display());
    }
    Ok(())
}

/// Writes the social media images, captions and alt texts.
pub(crate) fn social(
    archive: Archive,
    config_path: &Path,
    command: SocialCommand,
) -> anyhow::Result<()> {
    let SocialCommand::Export { out, format } = command;
    let settings = super::settings(config_path)?;
    let caption = social::Caption {
        hashtags: &settings.hashtags,
        story: settings.social_story,
    };
    let n = social::export(
        &archive,
        &mut CardEngine::new(),
        &out,
        format,
        caption,
        &Bar::new("social"),
    )?;
    println!("{n} card(s) written to {}", out.display());
    Ok(())
}
