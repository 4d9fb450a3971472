//@ compile-fail
// A `&mut` returned by a method keeps `self` mutably borrowed, so `&self` methods must wait.
struct Scores {
    values: Vec<i32>,
}

impl Scores {
    fn largest_mut(&mut self) -> &mut i32 {
        let mut best = 0;
        for i in 1..self.values.len() {
            if self.values[i] > self.values[best] {
                best = i;
            }
        }
        &mut self.values[best]
    }

    fn total(&self) -> i32 {
        self.values.iter().sum()
    }
}

fn main() {
    let mut s = Scores { values: vec![3, 9, 4] };
    let top = s.largest_mut();
    let t = s.total(); //~ ERROR E0502
    *top += t;
    println!("{:?}", s.values);
}
