fn g(a: i32) -> i32 {
    for i in 0..a {

        if i > 2 {
	return i;
        }
    }
}
fn main() {}
