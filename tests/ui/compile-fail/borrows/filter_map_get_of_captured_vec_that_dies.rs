//@ compile-fail
// a filter_map closure returning a reference into a temporary's captured Vec: the Vec dies first
fn main() {
    let picked: Vec<&String>;
    {
        let pool = vec![String::from("a"), String::from("b")];
        picked = [0usize, 5].iter().filter_map(|&i| pool.get(i)).collect(); //~ ERROR E0597
    }
    println!("{:?}", picked);
}
