// while-let on peek() copies the char out, so the loop body may call next() on the same Peekable.
fn main() {
    let src = "123abc45";
    let mut chars = src.chars().peekable();
    let mut digits = String::new();
    while let Some(&c) = chars.peek() {
        if !c.is_ascii_digit() {
            break;
        }
        digits.push(c);
        chars.next();
    }
    let rest: String = chars.collect();
    println!("{} | {}", digits, rest);
}
