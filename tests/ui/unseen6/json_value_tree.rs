// A JSON-like value as a recursive enum: Box-free recursion through Vec, Display with escaping, queries.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

impl Value {
    fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn depth(&self) -> usize {
        match self {
            Value::List(items) => 1 + items.iter().map(Value::depth).max().unwrap_or(0),
            Value::Obj(fields) => 1 + fields.iter().map(|(_, v)| v.depth()).max().unwrap_or(0),
            _ => 0,
        }
    }

    fn numbers(&self, out: &mut Vec<f64>) {
        match self {
            Value::Num(n) => out.push(*n),
            Value::List(items) => items.iter().for_each(|v| v.numbers(out)),
            Value::Obj(fields) => {
                for (_, v) in fields {
                    v.numbers(out);
                }
            }
            Value::Null | Value::Bool(_) | Value::Str(_) => {}
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{}", b),
            Value::Num(n) => write!(f, "{}", n),
            Value::Str(s) => {
                write!(f, "\"")?;
                for c in s.chars() {
                    match c {
                        '"' => write!(f, "\\\"")?,
                        '\n' => write!(f, "\\n")?,
                        c => write!(f, "{}", c)?,
                    }
                }
                write!(f, "\"")
            }
            Value::List(items) => {
                write!(f, "[")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ",")?;
                    }
                    write!(f, "{}", v)?;
                }
                write!(f, "]")
            }
            Value::Obj(fields) => {
                write!(f, "{{")?;
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        write!(f, ",")?;
                    }
                    write!(f, "\"{}\":{}", k, v)?;
                }
                write!(f, "}}")
            }
        }
    }
}

fn obj(pairs: Vec<(&str, Value)>) -> Value {
    Value::Obj(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn main() {
    let doc = obj(vec![
        ("name", Value::Str(String::from("heap \"lab\""))),
        ("version", Value::Num(0.5)),
        ("stable", Value::Bool(false)),
        ("tags", Value::List(vec![Value::Str("rust".into()), Value::Str("memory\nmodel".into())])),
        ("limits", obj(vec![("steps", Value::Num(1e6)), ("depth", Value::Num(256.0)), ("heap", Value::Null)])),
        ("scores", Value::List(vec![Value::Num(3.0), Value::List(vec![Value::Num(-1.25)])])),
    ]);
    println!("{}", doc);
    println!("depth {}", doc.depth());
    let mut nums = Vec::new();
    doc.numbers(&mut nums);
    println!("numbers {:?} sum {}", nums, nums.iter().sum::<f64>());
    println!("limits.steps = {:?}", doc.get("limits").and_then(|l| l.get("steps")));
    println!("missing = {:?}", doc.get("owner"));
    let copy = doc.clone();
    println!("equal after clone: {}", copy == doc);
    if let Some(Value::List(tags)) = doc.get("tags") {
        println!("{} tags, first {}", tags.len(), tags[0]);
    }
}
