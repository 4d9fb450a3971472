// NLL: a view struct holding &Vec is last used before the Vec is modified.
struct Summary<'a> {
    data: &'a Vec<i32>,
}

impl<'a> Summary<'a> {
    fn max(&self) -> Option<&'a i32> {
        self.data.iter().max()
    }
}

fn main() {
    let mut data = vec![4, 8, 2];
    let s = Summary { data: &data };
    let m = *s.max().unwrap();
    data.push(m * 2);
    let s2 = Summary { data: &data };
    println!("{:?} max {:?}", data, s2.max());
}
