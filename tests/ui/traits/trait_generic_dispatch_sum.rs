// A trait implemented for built-in types and used in a generic fold.
trait Weight {
    fn weight(&self) -> u32;
}

impl Weight for u32 {
    fn weight(&self) -> u32 {
        *self
    }
}

impl Weight for &str {
    fn weight(&self) -> u32 {
        self.len() as u32
    }
}

impl<T: Weight> Weight for Vec<T> {
    fn weight(&self) -> u32 {
        self.iter().map(|x| x.weight()).sum::<u32>() + 1
    }
}

fn total<T: Weight>(items: &[T]) -> u32 {
    items.iter().fold(0, |acc, x| acc + x.weight())
}

fn main() {
    println!("{}", total(&[1u32, 2, 3]));
    println!("{}", total(&["ab", "cde"]));
    println!("{}", total(&[vec![1u32, 2], vec![10]]));
    println!("{}", vec![vec!["x"], vec![]].weight());
}
