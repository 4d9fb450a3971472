// checked_add(..).expect(..) panics with the expect message on overflow.
fn main() {
    let mut total: u16 = 65000;
    for x in [100u16, 200, 300] {
        println!("adding {x}");
        total = total.checked_add(x).expect("total overflowed u16");
        println!("total = {total}");
    }
    println!("final {total}");
}
