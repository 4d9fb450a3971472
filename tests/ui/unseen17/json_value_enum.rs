// A JSON-like dynamic value as a JavaScript developer would model it: a recursive enum, a serializer and typed getters.
use std::fmt;

#[derive(Debug, Clone)]
enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn as_str(&self) -> Option<&str> {
        if let Json::Str(s) = self { Some(s) } else { None }
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    fn len(&self) -> usize {
        match self {
            Json::Array(items) => items.len(),
            Json::Object(fields) => fields.len(),
            _ => 0,
        }
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Json::Null => write!(f, "null"),
            Json::Bool(b) => write!(f, "{}", b),
            Json::Number(n) => write!(f, "{}", n),
            Json::Str(s) => write!(f, "\"{}\"", s.replace('"', "\\\"")),
            Json::Array(items) => {
                write!(f, "[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ",")?;
                    }
                    write!(f, "{}", item)?;
                }
                write!(f, "]")
            }
            Json::Object(fields) => {
                let parts: Vec<String> = fields.iter().map(|(k, v)| format!("\"{}\":{}", k, v)).collect();
                write!(f, "{{{}}}", parts.join(","))
            }
        }
    }
}

fn obj(pairs: Vec<(&str, Json)>) -> Json {
    Json::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn main() {
    let doc = obj(vec![
        ("name", Json::Str("Widget \"Pro\"".to_string())),
        ("price", Json::Number(19.99)),
        ("tags", Json::Array(vec![Json::Str("a".into()), Json::Str("b".into())])),
        ("stock", Json::Null),
        ("active", Json::Bool(true)),
        ("dims", obj(vec![("w", Json::Number(3.0)), ("h", Json::Number(4.5))])),
    ]);
    println!("{}", doc);
    println!("name: {:?}", doc.get("name").and_then(|v| v.as_str()));
    println!("price: {:?}", doc.get("price").and_then(Json::as_f64));
    println!("missing: {:?}", doc.get("color").and_then(|v| v.as_str()));
    let area = doc.get("dims").and_then(|d| Some(d.get("w")?.as_f64()? * d.get("h")?.as_f64()?));
    println!("area: {:?}", area);
    println!("tags: {} items, doc: {} fields", doc.get("tags").map_or(0, |t| t.len()), doc.len());
    let mut copy = doc.clone();
    if let Json::Object(fields) = &mut copy {
        fields.retain(|(k, _)| k != "stock");
        fields.push(("version".to_string(), Json::Number(2.0)));
    }
    println!("{}", copy);
}
