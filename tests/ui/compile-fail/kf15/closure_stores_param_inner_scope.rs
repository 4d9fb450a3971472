//@ compile-fail
// The storing closure given a borrow of a variable of an inner block that ends before `out` is printed.
fn main() {
    let mut out: Vec<&i32> = Vec::new();
    let mut add = |w| out.push(w);
    {
        let y = 1;
        add(&y); //~ ERROR E0597
    }
    println!("{:?}", out);
}
