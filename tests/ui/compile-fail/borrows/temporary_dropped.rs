//@ compile-fail
// Assigning a borrow of a temporary to a variable declared earlier: the temporary dies at the `;`.
fn main() {
    let t = String::from("x") + "y";
    let r: &String;
    r = &t.clone(); //~ ERROR E0716
    println!("{}", r);
}
