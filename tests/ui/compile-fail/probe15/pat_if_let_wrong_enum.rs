//@ compile-fail
// if let with a pattern of another enum (E0308).
fn main() {
    let r: Result<i32, ()> = Ok(1);
    if let Some(x) = r { //~ ERROR E0308
        println!("{}", x);
    }
}
