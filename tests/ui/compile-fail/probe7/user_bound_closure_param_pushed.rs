//@ compile-fail
// A bound written `F: FnMut(&String)` gives the parameter a lifetime valid during one call only.
fn each<F: FnMut(&String)>(v: &Vec<String>, mut f: F) {
    for s in v {
        f(s);
    }
}
fn main() {
    let v = vec![String::new()];
    let mut keep: Vec<&String> = Vec::new();
    each(&v, |s| keep.push(s)); //~ ERROR E0521
    println!("{}", keep.len());
}
