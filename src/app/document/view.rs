//! How the map is seen: the view options (folded personas and lanes, the emotion overlay) and
//! the layout they give, rebuilt only when the map or the options change, with the text heights
//! remembered between layouts; and where the selected elements are, for painting.

use std::collections::HashSet;
use std::sync::Arc;

use crate::app::messages::{Selection, hits};
use crate::layout::{Hit, MapLayout, TextHeights, ViewOptions};
use crate::model::Map;
use crate::paint::FontsMeasure;

/// The view of the open map.
#[derive(Default)]
pub struct MapView {
    /// What the user chose to see.
    pub options: ViewOptions,
    /// The last layout: of which revision, with which options.
    layout: Option<(u64, ViewOptions, Arc<MapLayout>)>,
    /// The cards' text heights, so a relayout measures only the texts that changed.
    heights: TextHeights,
    /// The fonts that measure new texts, copied from the context's.
    fonts: Option<FontsMeasure>,
    /// Where the selection is: of which revision and selection.
    selected: Option<(u64, Vec<Selection>, Arc<HashSet<Hit>>)>,
}

impl MapView {
    /// A view with these options.
    #[must_use]
    pub fn new(options: ViewOptions) -> Self {
        Self {
            options,
            ..Self::default()
        }
    }

    /// The layout of `map` at `revision` with the current options, rebuilt only when either
    /// changed, measuring with `ctx`'s fonts.
    pub fn layout(&mut self, ctx: &egui::Context, map: &Map, revision: u64) -> Arc<MapLayout> {
        if let Some((laid_out, options, layout)) = &self.layout
            && *laid_out == revision
            && *options == self.options
        {
            return Arc::clone(layout);
        }
        let fonts = match &mut self.fonts {
            Some(fonts) if fonts.matches(ctx) => fonts,
            slot => slot.insert(FontsMeasure::for_context(ctx)),
        };
        let measure = self.heights.remembering(fonts, fonts.key());
        let layout = Arc::new(MapLayout::new(map, &self.options, &measure));
        measure.finish();
        self.layout = Some((revision, self.options.clone(), Arc::clone(&layout)));
        layout
    }

    /// Where the elements of `selection` are in `map` at `revision`, recomputed only when the map
    /// or the selection changed.
    pub fn selected(
        &mut self,
        map: &Map,
        revision: u64,
        selection: &[Selection],
    ) -> Arc<HashSet<Hit>> {
        if let Some((seen, selected, places)) = &self.selected
            && *seen == revision
            && selected == selection
        {
            return Arc::clone(places);
        }
        let places = Arc::new(hits(map, selection));
        self.selected = Some((revision, selection.to_vec(), Arc::clone(&places)));
        places
    }
}
