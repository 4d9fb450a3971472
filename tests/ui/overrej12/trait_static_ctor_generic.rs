// traits with constructors (`fn new() -> Self`), called as `T::new()` in generic code
trait Zero {
    fn zero() -> Self;
    fn is_zero(&self) -> bool;
}
impl Zero for i32 {
    fn zero() -> Self {
        0
    }
    fn is_zero(&self) -> bool {
        *self == 0
    }
}
impl Zero for String {
    fn zero() -> Self {
        String::new()
    }
    fn is_zero(&self) -> bool {
        self.is_empty()
    }
}
fn count_nonzero<T: Zero>(v: &[T]) -> usize {
    v.iter().filter(|x| !x.is_zero()).count()
}
fn make_pair<T: Zero>() -> (T, T) {
    (T::zero(), <T as Zero>::zero())
}
fn main() {
    println!("{}", count_nonzero(&[0, 3, 0, 4]));
    println!("{}", count_nonzero(&[String::new(), String::from("x")]));
    let (a, b): (i32, i32) = make_pair();
    let (c, _) = make_pair::<String>();
    println!("{} {} {:?}", a, b, c);
}
