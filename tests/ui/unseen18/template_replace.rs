// Templating: {name} placeholders filled from a HashMap with find/replace, escapes {{ }} and unknown-key errors.
use std::collections::HashMap;

#[derive(Debug)]
enum TemplateError {
    Unclosed(usize),
    Unknown(String),
}

fn render(template: &str, vars: &HashMap<&str, String>) -> Result<String, TemplateError> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    let mut offset = 0;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        if rest[open + 1..].starts_with('{') {
            out.push('{');
            rest = &rest[open + 2..];
            offset += open + 2;
            continue;
        }
        let close = match rest[open..].find('}') {
            Some(c) => open + c,
            None => return Err(TemplateError::Unclosed(offset + open)),
        };
        let key = rest[open + 1..close].trim();
        match vars.get(key) {
            Some(v) => out.push_str(v),
            None => return Err(TemplateError::Unknown(key.to_string())),
        }
        rest = &rest[close + 1..];
        offset += close + 1;
    }
    out.push_str(&rest.replace("}}", "}"));
    Ok(out)
}

fn main() {
    let mut vars: HashMap<&str, String> = HashMap::new();
    vars.insert("name", String::from("Ada"));
    vars.insert("count", 3.to_string());
    vars.insert("item", "message".to_owned());
    let templates = [
        "Hello, {name}! You have {count} new {item}s.",
        "{{literal}} and { name }",
        "Dear {name}, {missing}",
        "broken {name",
        "no placeholders at all",
    ];
    for t in templates.iter() {
        match render(t, &vars) {
            Ok(s) => println!("ok:  {}", s),
            Err(TemplateError::Unclosed(at)) => println!("err: unclosed brace at {}", at),
            Err(e) => println!("err: {:?}", e),
        }
    }
    let simple = "The $animal jumps over the $thing. $animal wins.";
    let replaced = simple.replace("$animal", "fox").replace("$thing", "fence");
    println!("{}", replaced);
    let once = simple.replacen("$animal", "cat", 1);
    println!("{}", once);
    println!("{} chars -> {} chars", simple.len(), replaced.len());
}
