//@ compile-fail
// a String moved into a Vec is printed afterwards
fn main() {
    let mut lines = Vec::new();
    for raw in "ab\ncd".lines() {
        let owned = raw.to_uppercase();
        lines.push(owned);
        println!("added {owned}"); //~ ERROR E0382
    }
    println!("{:?}", lines);
}
