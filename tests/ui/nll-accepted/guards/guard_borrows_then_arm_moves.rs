// A guard reads a binding by reference; the arm then owns it (moved once the guard held).
fn main() {
    let items = vec![Some(String::from("apple")), None, Some(String::from("kiwi"))];
    for item in items {
        match item {
            Some(s) if s.len() > 4 => {
                let owned = s;
                println!("long {}", owned);
            }
            Some(s) if s.starts_with('k') => println!("k-word {}", s.to_uppercase()),
            Some(s) => println!("other {}", s),
            None => println!("none"),
        }
    }
}
