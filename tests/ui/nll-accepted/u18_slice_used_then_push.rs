// A &str slice of a String is last used before the String grows: NLL ends the shared borrow at its last use.
fn main() {
    let mut line = String::from("name=value");
    let key = &line[..4];
    println!("key is {}", key);
    line.push_str("; more");
    line.push('!');
    println!("{}", line);
}
