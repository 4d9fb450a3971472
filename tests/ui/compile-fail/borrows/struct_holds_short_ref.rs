//@ compile-fail
// A struct holding a reference cannot outlive the value it points to.
struct Holder<'a> {
    value: &'a str,
}

fn main() {
    let h;
    {
        let s = String::from("short");
        h = Holder { value: &s }; //~ ERROR E0597
    }
    println!("{}", h.value);
}
