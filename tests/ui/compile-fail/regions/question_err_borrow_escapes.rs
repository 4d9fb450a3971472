//@ compile-fail
// `?` converts the error with From: an error that borrows locals cannot leave the function.
fn get<'a>(pairs: &'a [(String, String)], key: &'a str) -> Result<&'a str, &'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).ok_or(key)
}

fn run() -> Result<usize, &'static str> {
    let pairs = vec![("name".to_string(), "demo".to_string())];
    let key = String::from("port");
    let v = get(&pairs, &key)?; //~ ERROR E0515
    //~^ ERROR E0515
    Ok(v.len())
}

fn main() {
    println!("{:?}", run());
}
