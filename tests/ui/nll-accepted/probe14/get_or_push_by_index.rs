// NLL problem case 3 written with an index check first.
struct S { v: Vec<i32> }
impl S {
    fn get_or_push(&mut self, k: usize) -> &mut i32 {
        if k < self.v.len() {
            return &mut self.v[k];
        }
        self.v.push(0);
        self.v.last_mut().unwrap()
    }
}
fn main() {
    let mut s = S { v: vec![] };
    *s.get_or_push(3) += 1;
    println!("{:?}", s.v);
}
