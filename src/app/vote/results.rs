//! A vote's results: the cards voted on, ranked by their votes (ties share a rank, marked
//! with "="), each with its stage and persona; as the board on screen and as Markdown to copy.

use std::fmt::Write as _;

use super::Voting;
use crate::app::messages::{Action, Choice, Question};
use crate::model::Map;
use crate::t;

/// One ranked card.
struct Ranked {
    rank: usize,
    tied: bool,
    text: String,
    stage: String,
    persona: String,
    votes: u32,
}

/// The cards that can be voted on and hold votes, most votes first (then in the map's order).
fn ranking(map: &Map, voting: &Voting) -> Vec<Ranked> {
    let mut voted: Vec<(u32, String, String, String)> = Vec::new();
    for persona in &map.personas {
        for lane in &persona.lanes {
            for card in lane
                .cards
                .iter()
                .filter(|c| voting.start.contains_key(&c.id))
            {
                if card.votes > 0 {
                    let stage = map.stage(&card.stage).map_or("", |s| s.name.as_str());
                    voted.push((
                        card.votes,
                        card.text.clone(),
                        stage.to_owned(),
                        persona.name.clone(),
                    ));
                }
            }
        }
    }
    voted.sort_by_key(|v| std::cmp::Reverse(v.0));
    let count = |votes: u32| voted.iter().filter(|v| v.0 == votes).count();
    let mut ranked = Vec::new();
    for (index, (votes, text, stage, persona)) in voted.iter().enumerate() {
        let rank = voted.iter().position(|v| v.0 == *votes).unwrap_or(index) + 1;
        ranked.push(Ranked {
            rank,
            tied: count(*votes) > 1,
            text: text.clone(),
            stage: stage.clone(),
            persona: persona.clone(),
            votes: *votes,
        });
    }
    ranked
}

fn rank_text(ranked: &Ranked) -> String {
    if ranked.tied {
        format!("{}=", ranked.rank)
    } else {
        ranked.rank.to_string()
    }
}

/// The results as Markdown: a heading and a table.
fn markdown(ranking: &[Ranked]) -> String {
    let mut text = format!(
        "## {}\n\n| # | {} | {} | {} | {} |\n|---|---|---|---|---:|\n",
        t!("vote-results-title"),
        t!("vote-results-card"),
        t!("field-stage"),
        t!("inspector-persona"),
        t!("field-votes")
    );
    for ranked in ranking {
        let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} | {} |",
            rank_text(ranked),
            cell(&ranked.text),
            cell(&ranked.stage),
            cell(&ranked.persona),
            ranked.votes
        );
    }
    text
}

/// The results board: one line per voted card, and a button that copies them as Markdown.
pub(super) fn board(map: &Map, voting: &Voting) -> Question {
    let ranking = ranking(map, voting);
    let mut lines = vec![t!(
        "vote-results-summary",
        cast = voting.cast(map),
        count = voting.setup.budget()
    )];
    if ranking.is_empty() {
        lines.push(t!("vote-results-none"));
    }
    lines.extend(ranking.iter().map(|ranked| {
        t!(
            "vote-results-line",
            rank = rank_text(ranked),
            card = &ranked.text,
            stage = &ranked.stage,
            persona = &ranked.persona,
            votes = ranked.votes
        )
    }));
    Question::Choice {
        title: t!("vote-results-title"),
        lines,
        items: Vec::new(),
        buttons: vec![
            Choice::new(
                t!("vote-results-copy"),
                vec![Action::CopyText(markdown(&ranking))],
            ),
            Choice::new(t!("button-close"), Vec::new()),
        ],
    }
}
