//@ compile-fail
// a move map closure copying the items of a captured Vec<&str> that borrow a local String
fn main() {
    let v: Vec<&str>;
    {
        let owned = String::from("x y");
        let words: Vec<&str> = owned.split(' ').collect(); //~ ERROR E0597
        v = [0usize, 1].iter().map(move |&i| words[i]).collect();
    }
    println!("{:?}", v);
}
