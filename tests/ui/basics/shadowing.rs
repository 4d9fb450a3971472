// Shadowing: a new binding with the same name, possibly of another type, in nested scopes.
fn main() {
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner x = {x}");
    }
    println!("outer x = {x}");
    let spaces = "   ";
    let spaces = spaces.len();
    println!("spaces = {spaces}");
    let v = "42";
    let v: i32 = v.parse().unwrap();
    let v = v * 2;
    println!("v = {v}");
}
