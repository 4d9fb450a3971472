// Ord/PartialOrd/PartialEq on str and slices compare contents (the receiver is unsized).
fn main() {
    println!("{:?}", "abc".cmp("abd"));
    let a: &str = "abc";
    println!("{:?}", a.cmp(&"abd"));
    println!("{:?} {:?}", "b".partial_cmp("a"), "b" > "a");
    let x = [1, 2, 3];
    let y = [1, 2, 4];
    println!("{:?} {:?}", x[..].cmp(&y[..]), x[..2].cmp(&y[..]));
    println!("{}", x[..] == y[..]);
    println!("{:?}", "abc".max("abd"));
    let mut v = vec!["pear", "fig", "apple"];
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
}
