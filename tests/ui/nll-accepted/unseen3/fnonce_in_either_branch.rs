// An FnOnce closure called in exactly one of two branches.
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let finish = move || names.into_iter().collect::<Vec<_>>().join("+");
    let quick = "abc".len() > 5;
    let out = if quick { finish() } else { format!("[{}]", finish()) };
    println!("{}", out);
}
