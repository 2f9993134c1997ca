//! `--format json`: the whole report as one pretty-printed JSON document.

use std::io::Write;

use anyhow::Result;

use super::Renderer;
use crate::model::Report;

/// Writes the report as one JSON document followed by a newline.
pub struct JsonRenderer;

impl Renderer for JsonRenderer {
    fn render(&self, report: &Report, out: &mut dyn Write) -> Result<()> {
        serde_json::to_writer_pretty(&mut *out, report)?;
        out.write_all(b"\n")?;
        Ok(())
    }
}
