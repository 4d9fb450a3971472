// A `move` closure may mutate its own copy of a `mut` variable; the original keeps its value.
fn main() {
    let mut count = 0;
    let mut next = move || {
        count += 1;
        count
    };
    println!("{} {}", next(), next());
    count += 10;
    println!("{}", count);
    let mut log = String::from(">");
    let mut add = move |s: &str| {
        log.push_str(s);
        log.len()
    };
    println!("{}", add("ab"));
}
