//@ compile-fail
// Taking `&mut` of an Option bound without `mut` to change its contents.
fn main() {
    let slot: Option<String> = Some(String::new());
    if let Some(s) = &mut slot { //~ ERROR E0596
        s.push('x');
    }
    println!("{:?}", slot);
}
