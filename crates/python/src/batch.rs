//! An input Arrow record batch to extraction inputs: the path Spark's
//! `mapInArrow` (and Ray Data or Dask, mapping Arrow batches) takes, with no
//! Python object per row.
//!
//! Engines differ in how they ship strings (Spark 4 sends `large_string`,
//! others `string` or `string_view`), and ids exported from databases are
//! often integers, so each column is read whatever its string-like or integer
//! type; a page may also be binary (undecoded bytes, encoding detected).

use crate::input::{non_blank, Body, Input, Meta};
use arrow_array::cast::AsArray;
use arrow_array::types::{Int16Type, Int32Type, Int64Type, Int8Type, UInt32Type, UInt64Type};
use arrow_array::{Array, RecordBatch};
use arrow_schema::DataType;

/// Which columns hold what. Only the page and id columns are required.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    pub text: String,
    /// None: ids are content hashes.
    pub id: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
}

/// One cell of an input column.
enum Value<'a> {
    Null,
    Str(&'a str),
    Bytes(&'a [u8]),
    Int(String),
}

/// Reads one cell of any supported column type.
fn value(array: &dyn Array, row: usize) -> Value<'_> {
    if array.is_null(row) {
        return Value::Null;
    }
    match array.data_type() {
        DataType::Utf8 => Value::Str(array.as_string::<i32>().value(row)),
        DataType::LargeUtf8 => Value::Str(array.as_string::<i64>().value(row)),
        DataType::Utf8View => Value::Str(array.as_string_view().value(row)),
        DataType::Binary => Value::Bytes(array.as_binary::<i32>().value(row)),
        DataType::LargeBinary => Value::Bytes(array.as_binary::<i64>().value(row)),
        DataType::BinaryView => Value::Bytes(array.as_binary_view().value(row)),
        DataType::Int8 => Value::Int(array.as_primitive::<Int8Type>().value(row).to_string()),
        DataType::Int16 => Value::Int(array.as_primitive::<Int16Type>().value(row).to_string()),
        DataType::Int32 => Value::Int(array.as_primitive::<Int32Type>().value(row).to_string()),
        DataType::Int64 => Value::Int(array.as_primitive::<Int64Type>().value(row).to_string()),
        DataType::UInt32 => Value::Int(array.as_primitive::<UInt32Type>().value(row).to_string()),
        DataType::UInt64 => Value::Int(array.as_primitive::<UInt64Type>().value(row).to_string()),
        // Refused up front by `check`.
        _ => Value::Null,
    }
}

fn is_stringy(ty: &DataType) -> bool {
    matches!(
        ty,
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View
    )
}

fn is_binary(ty: &DataType) -> bool {
    matches!(
        ty,
        DataType::Binary | DataType::LargeBinary | DataType::BinaryView
    )
}

fn is_integer(ty: &DataType) -> bool {
    matches!(
        ty,
        DataType::Int8
            | DataType::Int16
            | DataType::Int32
            | DataType::Int64
            | DataType::UInt32
            | DataType::UInt64
    )
}

/// The column `name`, checked to have one of the accepted types.
fn column<'a>(
    batch: &'a RecordBatch,
    name: &str,
    accepts: fn(&DataType) -> bool,
    wanted: &str,
) -> Result<&'a dyn Array, String> {
    let array = batch.column_by_name(name).ok_or_else(|| {
        let have: Vec<&str> = batch
            .schema_ref()
            .fields()
            .iter()
            .map(|f| f.name().as_str())
            .collect();
        format!(
            "no column {name:?} in the batch (columns: {})",
            have.join(", ")
        )
    })?;
    if !accepts(array.data_type()) {
        return Err(format!(
            "column {name:?} is {}, expected {wanted}",
            array.data_type()
        ));
    }
    Ok(array.as_ref())
}

/// The inputs of every row of `batch`, in row order.
pub fn inputs(batch: &RecordBatch, columns: &Columns, html: bool) -> Result<Vec<Input>, String> {
    let text = column(
        batch,
        &columns.text,
        |t| is_stringy(t) || is_binary(t),
        "string or binary",
    )?;
    let id = match columns.id.as_deref() {
        Some(name) => Some(column(
            batch,
            name,
            |t| is_stringy(t) || is_integer(t),
            "string or integer",
        )?),
        None => None,
    };
    let meta = |name: &Option<String>| -> Result<Option<&dyn Array>, String> {
        name.as_deref()
            .map(|n| column(batch, n, is_stringy, "string"))
            .transpose()
    };
    let (url, source) = (meta(&columns.url)?, meta(&columns.source)?);
    let (published, language) = (meta(&columns.published)?, meta(&columns.language)?);
    let id_at = |row: usize| -> Option<String> {
        match id.map(|a| value(a, row))? {
            Value::Str(s) => non_blank(s.to_owned()),
            Value::Int(n) => Some(n),
            _ => None,
        }
    };
    let meta_at = |array: Option<&dyn Array>, row: usize| -> Option<String> {
        match array.map(|a| value(a, row)) {
            Some(Value::Str(s)) => non_blank(s.to_owned()),
            _ => None,
        }
    };
    Ok((0..batch.num_rows())
        .map(|row| {
            let body = match value(text, row) {
                // A row is a record, like a JSON Lines line: an empty page is blank.
                Value::Str("") => Body::Blank,
                Value::Str(s) => Body::Text(s.to_owned()),
                Value::Bytes(b) => Body::Bytes(b.to_vec()),
                Value::Null | Value::Int(_) => Body::Missing,
            };
            Input {
                meta: Meta {
                    id: id_at(row),
                    url: meta_at(url, row),
                    source: meta_at(source, row),
                    published: meta_at(published, row),
                    language: meta_at(language, row),
                },
                body,
                html,
            }
        })
        .collect())
}
