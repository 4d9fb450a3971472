// `for_each` over `iter()` gives items of the caller's lifetime (`FnMut(Self::Item)`): they may be kept.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let mut keep: Vec<&String> = Vec::new();
    v.iter().for_each(|s| keep.push(s));
    let mut muts: Vec<&mut i32> = Vec::new();
    let mut w = vec![1, 2];
    w.iter_mut().for_each(|x| muts.push(x));
    *muts[0] += 10;
    println!("{:?} {:?}", keep, muts);
}
