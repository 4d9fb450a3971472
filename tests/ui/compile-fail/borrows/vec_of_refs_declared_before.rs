//@ compile-fail
// A vector of references declared before the values it borrows.
fn main() {
    let mut v: Vec<&i32> = Vec::new();
    let x = 1;
    v.push(&x);
    let y = 2;
    v.push(&y);
    drop(x);
    println!("{:?}", v);
    let w: Vec<&String>;
    {
        let s = String::from("s");
        w = vec![&s]; //~ ERROR E0597
    }
    println!("{}", w.len());
}
