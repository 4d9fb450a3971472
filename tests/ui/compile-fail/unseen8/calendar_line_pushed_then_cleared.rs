//@ compile-fail
// A calendar week line is pushed into the Vec (moved) and then cleared for the next week.
fn main() {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for d in 1..=14 {
        line.push_str(&format!("{:>3}", d)); //~ ERROR E0382
        if d % 7 == 0 {
            lines.push(line);
            line.clear();
        }
    }
    println!("{:?}", lines);
}
