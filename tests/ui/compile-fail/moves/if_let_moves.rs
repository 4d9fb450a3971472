//@ compile-fail
// `if let Some(x) = opt` binds by value and moves the contents.
fn main() {
    let opt = Some(vec![1, 2]);
    if let Some(v) = opt {
        println!("{:?}", v);
    }
    if opt.is_some() { //~ ERROR E0382
        println!("still here");
    }
}
