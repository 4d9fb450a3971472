// Reborrowing `&mut *r` lends the target temporarily; `r` is usable again afterwards.
fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut n = 0;
    let r = &mut n;
    bump(&mut *r);
    bump(&mut *r);
    *r += 5;
    println!("{}", n);
}
