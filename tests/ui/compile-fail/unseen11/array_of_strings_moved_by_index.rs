//@ compile-fail
// The winner's name is moved out of an array of Strings by indexing.
fn main() {
    let podium = [String::from("gold"), String::from("silver"), String::from("bronze")];
    let winner = podium[0]; //~ ERROR E0508
    println!("{} then {:?}", winner, &podium[1..]);
}
