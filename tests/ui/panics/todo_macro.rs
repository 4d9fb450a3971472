// todo! prints "not yet implemented".
fn later() -> u32 {
    todo!()
}

fn main() {
    println!("start");
    let x = 1;
    println!("{}", x + later());
}
