//@ compile-fail
// The winner variable is only assigned when a score passes 100, but printed unconditionally.
fn main() {
    let scores = [("ann", 80), ("bo", 120), ("cy", 95)];
    let winner: &str;
    for (name, s) in scores {
        if s > 100 {
            winner = name;
            break;
        }
    }
    println!("winner: {}", winner); //~ ERROR E0381
}
