// `?` on an `Err(&str)` in a `Box<dyn Error>` function: the boxed error copies the text, so the Ok part may borrow the input.
use std::error::Error;

fn key_len(line: &str) -> Result<usize, Box<dyn Error>> {
    let (key, _value) = line.split_once('=').ok_or("missing '='")?;
    let trimmed = key.trim().strip_prefix('$').ok_or("key must start with $")?;
    Ok(trimmed.len())
}

fn boxed<'a>(s: &str) -> Box<dyn Error + 'a> {
    From::from(s)
}

fn main() {
    for line in ["$path = /usr", "name", "home = ~"] {
        match key_len(line) {
            Ok(n) => println!("{:?}: key of {} chars", line, n),
            Err(e) => println!("{:?}: {}", line, e),
        }
    }
    let text = String::from("temporary text");
    let e = boxed(&text);
    drop(text);
    println!("{}", e);
}
