//@ compile-fail
// a map closure returning a borrow of the captured array's element: the collected items borrow `names`
fn main() {
    let v: Vec<&&str>;
    {
        let names = ["a", "b", "c"];
        v = [0usize, 2].iter().map(|&i| &names[i]).collect(); //~ ERROR E0597
    }
    println!("{:?}", v);
}
