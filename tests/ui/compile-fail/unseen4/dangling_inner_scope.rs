//@ compile-fail
// A reference to a value of an inner block used after the block ends.
fn main() {
    let best;
    {
        let scores = vec![7, 9, 4];
        best = scores.iter().max().unwrap(); //~ ERROR E0597
    }
    println!("best score {}", best);
}
