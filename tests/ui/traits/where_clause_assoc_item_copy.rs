// A generic adaptor whose where-clause makes `I::Item: Copy`: fields of type Option<I::Item> are copied, not moved, out of &mut self.
struct Pairwise<I: Iterator> {
    inner: I,
    prev: Option<I::Item>,
}

impl<I> Iterator for Pairwise<I>
where
    I: Iterator,
    I::Item: Copy + std::fmt::Debug,
{
    type Item = (I::Item, I::Item);
    fn next(&mut self) -> Option<Self::Item> {
        let x = self.inner.next()?;
        let before = self.prev;
        self.prev = Some(x);
        match self.prev {
            Some(p) if before.is_none() => {
                let second = self.inner.next()?;
                self.prev = Some(second);
                Some((p, second))
            }
            _ => match before {
                Some(b) => Some((b, x)),
                None => None,
            },
        }
    }
}

fn main() {
    let p = Pairwise { inner: [1, 2, 3, 4].into_iter(), prev: None };
    println!("{:?}", p.collect::<Vec<_>>());
    let q = Pairwise { inner: "abc".chars(), prev: None };
    println!("{:?}", q.collect::<Vec<_>>());
}
