//@ compile-fail
// a map closure copying out of a captured by-reference Vec<&str> whose items borrow a String that dies
fn main() {
    let v: Vec<&str>;
    {
        let owned = String::from("x y");
        let words: Vec<&str> = owned.split(' ').collect(); //~ ERROR E0597
        v = [0usize, 1].iter().map(|&i| words[i]).collect();
    }
    println!("{:?}", v);
}
