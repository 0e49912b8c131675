//! The journey strip under a presentation: every stage in a row, the one shown marked (by a
//! frame and an arrow, not by colour alone), and the emotion curve of the persona shown (or of
//! the first persona with one) across them, so the room always sees where in the journey it is.
//! A click on a stage goes there.

use egui::{Align2, FontId, Rect, Sense, Stroke, Ui, WidgetInfo, pos2, vec2};

use crate::layout::MapLayout;
use crate::model::{LaneKind, Map};
use crate::t;
use crate::theme::{Theme, emotion_color};

/// The strip's height in screen points.
pub const STRIP_HEIGHT: f32 = 110.0;

/// What the strip shows for one frame.
pub struct JourneyStrip<'a> {
    /// The map presented.
    pub map: &'a Map,
    /// Its layout (the columns are the stages in the order shown).
    pub layout: &'a MapLayout,
    /// The column shown.
    pub column: usize,
    /// The band shown alone, if one is.
    pub band: Option<usize>,
    /// The colours.
    pub theme: Theme,
}

impl JourneyStrip<'_> {
    /// Draws the strip in `ui`'s whole width; the column clicked, if one was.
    pub fn ui(&self, ui: &mut Ui) -> Option<usize> {
        let (rect, _) =
            ui.allocate_exact_size(vec2(ui.available_width(), STRIP_HEIGHT), Sense::hover());
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, self.theme.header);
        let count = self.layout.columns.len().max(1);
        #[allow(clippy::cast_precision_loss)] // A few dozen stages at most.
        let width = (rect.width() - 16.0) / count as f32;
        let mut clicked = None;
        let mut centres = Vec::new();
        for (column, layout_column) in self.layout.columns.iter().enumerate() {
            #[allow(clippy::cast_precision_loss)]
            let left = rect.min.x + 8.0 + width * column as f32;
            let cell =
                Rect::from_min_size(pos2(left + 3.0, rect.min.y + 6.0), vec2(width - 6.0, 38.0));
            let stage = &self.map.stages[layout_column.stage];
            let name = t!(
                "present-strip-stage",
                number = column + 1,
                count = count,
                stage = &stage.name
            );
            let response = ui.interact(cell, ui.scope_id().with(("strip", column)), Sense::click());
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
            if response.clicked() {
                clicked = Some(column);
            }
            self.stage_cell(&painter, cell, &stage.name, column == self.column);
            centres.push((layout_column.stage, cell.center().x));
        }
        self.curve(&painter, rect, &centres);
        clicked
    }

    /// One stage's cell: its name, and for the stage shown a thick frame and an arrow.
    fn stage_cell(&self, painter: &egui::Painter, cell: Rect, name: &str, shown: bool) {
        let theme = self.theme;
        if shown {
            painter.rect_filled(cell, 4.0, theme.background);
            painter.rect_stroke(
                cell,
                4.0,
                Stroke::new(3.0, theme.text),
                egui::StrokeKind::Inside,
            );
        }
        let label = if shown {
            format!("▶ {name}")
        } else {
            name.to_owned()
        };
        let font = FontId::proportional(if shown { 24.0 } else { 20.0 });
        let color = if shown { theme.text } else { theme.muted };
        let galley = painter.layout(label, font, color, cell.width() - 12.0);
        let at = cell.center() - galley.size() / 2.0;
        painter.with_clip_rect(cell).galley(at, galley, color);
    }

    /// The emotion curve of the persona shown, a dot per stage that has a point, joined.
    fn curve(&self, painter: &egui::Painter, rect: Rect, centres: &[(usize, f32)]) {
        let persona = self
            .band
            .and_then(|band| self.layout.bands.get(band))
            .map(|band| band.persona)
            .into_iter()
            .chain(0..self.map.personas.len())
            .find(|p| {
                self.map.personas[*p]
                    .lanes
                    .iter()
                    .any(|l| l.kind == LaneKind::Emotions)
            });
        let Some(persona) = persona else {
            return;
        };
        let Some(lane) = self.map.personas[persona]
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Emotions)
        else {
            return;
        };
        let scale = self.map.emotion_scale;
        let band_y = (rect.min.y + 52.0)..=(rect.max.y - 14.0);
        #[allow(clippy::cast_precision_loss)] // Within -10..=10.
        let y_of = |value: i32| {
            let t = (value - scale.min) as f32 / (scale.max - scale.min).max(1) as f32;
            *band_y.end() - t * (*band_y.end() - *band_y.start())
        };
        let points: Vec<(egui::Pos2, i32)> = centres
            .iter()
            .filter_map(|(stage, x)| {
                let id = &self.map.stages[*stage].id;
                lane.points
                    .iter()
                    .find(|p| &p.stage == id)
                    .map(|p| (pos2(*x, y_of(p.value)), p.value))
            })
            .collect();
        let joined: Vec<egui::Pos2> = points.iter().map(|(pos, _)| *pos).collect();
        painter.add(egui::Shape::line(joined, Stroke::new(3.0, self.theme.text)));
        for (pos, value) in points {
            painter.circle(
                pos,
                7.0,
                emotion_color(value, scale.min, scale.max),
                Stroke::new(2.0, self.theme.text),
            );
        }
        let name = &self.map.personas[persona].name;
        painter.text(
            pos2(rect.max.x - 12.0, rect.max.y - 6.0),
            Align2::RIGHT_BOTTOM,
            name,
            FontId::proportional(13.0),
            self.theme.muted,
        );
    }
}
