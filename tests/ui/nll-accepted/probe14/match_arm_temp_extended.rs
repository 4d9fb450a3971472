// `&String::from(..)` in match arms is extended to the enclosing `let` (edition 2024 rules).
fn main() {
    let n = 3;
    let s: &String = match n {
        1 => &String::from("one"),
        _ => &String::from("many"),
    };
    println!("{}", s);
}
