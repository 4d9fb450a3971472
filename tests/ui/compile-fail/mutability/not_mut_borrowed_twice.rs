//@ compile-fail
// Two mutable borrows of one variable not declared `mut`: rustc reports one E0596 at the declaration.
fn main() {
    let names = Vec::new(); //~ ERROR E0596
    names.push("ana");
    names.push("bo");
    let p = (vec![1], vec![2]);
    p.0.push(3); //~ ERROR E0596
    println!("{:?} {:?}", names, p);
}
