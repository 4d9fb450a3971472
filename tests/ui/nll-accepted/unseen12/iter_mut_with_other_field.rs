// Iterating mutably over one field while reading another field of the same struct.
struct Class {
    bonus: u32,
    grades: Vec<u32>,
}

impl Class {
    fn curve(&mut self) {
        for g in self.grades.iter_mut() {
            *g = (*g + self.bonus).min(20);
        }
    }
}

fn main() {
    let mut c = Class { bonus: 3, grades: vec![12, 18, 7] };
    c.curve();
    println!("{:?}", c.grades);
}
