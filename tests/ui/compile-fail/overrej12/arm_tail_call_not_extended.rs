//@ compile-fail
// an `if` arm extends its `&temp` tail, but not a borrow passed to a method in the arm
fn main() {
    let flag = std::env::args().count() > 0;
    let ok = if flag { &String::from("a") } else { &String::from("b") };
    let bad = if flag { String::from("c").as_str() } else { "d" }; //~ ERROR E0716
    println!("{} {}", ok, bad);
}
