// Disjoint fields: a &mut to one field and a & to another field of self coexist.
struct Bins {
    small: Vec<u32>,
    large: Vec<u32>,
    threshold: u32,
}

impl Bins {
    fn sort_in(&mut self, xs: &[u32]) {
        let limit = &self.threshold;
        let small = &mut self.small;
        let large = &mut self.large;
        for &x in xs {
            if x < *limit { small.push(x) } else { large.push(x) }
        }
        small.sort();
        large.sort();
    }
}

fn main() {
    let mut b = Bins { small: vec![], large: vec![], threshold: 10 };
    b.sort_in(&[4, 15, 9, 30, 1]);
    println!("{:?} {:?}", b.small, b.large);
}
