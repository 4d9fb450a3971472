// The modelled standard library's prelude, in heaplab's Rust subset: core traits, Option, Result,
// Ordering, ranges and the Iterator trait with its adapters. Parsed and type-checked like user code.
// Trait methods on primitive types (Clone, PartialEq, Add...) have no impl here: the machine
// implements them natively. Natively implemented functions are body-less and marked #[builtin].

pub use Option::{None, Some};
pub use Result::{Err, Ok};
pub use fmt::{Debug, Display};

pub trait Sized {}
pub trait Send {}
pub trait Sync {}
pub trait Unpin {}

pub trait Clone {
    fn clone(&self) -> Self;
    fn clone_from(&mut self, source: &Self) {
        *self = source.clone()
    }
}

pub trait Copy: Clone {}

pub trait Drop {
    fn drop(&mut self);
}

pub trait Default {
    fn default() -> Self;
}

pub trait Hash {}

pub trait PartialEq<Rhs = Self> {
    fn eq(&self, other: &Rhs) -> bool;
    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

pub trait Eq: PartialEq {}

pub trait PartialOrd<Rhs = Self>: PartialEq<Rhs> {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
    fn lt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) => true,
            _ => false,
        }
    }
    fn le(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }
    fn gt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) => true,
            _ => false,
        }
    }
    fn ge(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }
}

pub trait Ord: Eq + PartialOrd {
    fn cmp(&self, other: &Self) -> Ordering;
    fn max(self, other: Self) -> Self {
        match self.cmp(&other) {
            Ordering::Greater => self,
            _ => other,
        }
    }
    fn min(self, other: Self) -> Self {
        match self.cmp(&other) {
            Ordering::Greater => other,
            _ => self,
        }
    }
    fn clamp(self, min: Self, max: Self) -> Self {
        assert!(min <= max, "assertion failed: min <= max");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}

pub fn max<T: Ord>(a: T, b: T) -> T {
    a.max(b)
}

pub fn min<T: Ord>(a: T, b: T) -> T {
    a.min(b)
}

pub fn drop<T>(_x: T) {}

#[builtin = "mem::replace"]
fn replace_value<T>(dest: &mut T, src: T) -> T;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }
    pub fn is_eq(self) -> bool {
        match self {
            Ordering::Equal => true,
            _ => false,
        }
    }
    pub fn is_lt(self) -> bool {
        match self {
            Ordering::Less => true,
            _ => false,
        }
    }
    pub fn is_gt(self) -> bool {
        match self {
            Ordering::Greater => true,
            _ => false,
        }
    }
    pub fn is_ne(self) -> bool {
        !self.is_eq()
    }
    pub fn is_le(self) -> bool {
        !self.is_gt()
    }
    pub fn is_ge(self) -> bool {
        !self.is_lt()
    }
    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Ordering::Equal => f(),
            _ => self,
        }
    }
}

pub trait Add<Rhs = Self> {
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}
pub trait Sub<Rhs = Self> {
    type Output;
    fn sub(self, rhs: Rhs) -> Self::Output;
}
pub trait Mul<Rhs = Self> {
    type Output;
    fn mul(self, rhs: Rhs) -> Self::Output;
}
pub trait Div<Rhs = Self> {
    type Output;
    fn div(self, rhs: Rhs) -> Self::Output;
}
pub trait Rem<Rhs = Self> {
    type Output;
    fn rem(self, rhs: Rhs) -> Self::Output;
}
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}
pub trait BitAnd<Rhs = Self> {
    type Output;
    fn bitand(self, rhs: Rhs) -> Self::Output;
}
pub trait BitOr<Rhs = Self> {
    type Output;
    fn bitor(self, rhs: Rhs) -> Self::Output;
}
pub trait BitXor<Rhs = Self> {
    type Output;
    fn bitxor(self, rhs: Rhs) -> Self::Output;
}
pub trait Shl<Rhs = Self> {
    type Output;
    fn shl(self, rhs: Rhs) -> Self::Output;
}
pub trait Shr<Rhs = Self> {
    type Output;
    fn shr(self, rhs: Rhs) -> Self::Output;
}
pub trait BitAndAssign<Rhs = Self> {
    fn bitand_assign(&mut self, rhs: Rhs);
}
pub trait BitOrAssign<Rhs = Self> {
    fn bitor_assign(&mut self, rhs: Rhs);
}
pub trait BitXorAssign<Rhs = Self> {
    fn bitxor_assign(&mut self, rhs: Rhs);
}
pub trait ShlAssign<Rhs = Self> {
    fn shl_assign(&mut self, rhs: Rhs);
}
pub trait ShrAssign<Rhs = Self> {
    fn shr_assign(&mut self, rhs: Rhs);
}
pub trait AddAssign<Rhs = Self> {
    fn add_assign(&mut self, rhs: Rhs);
}
pub trait SubAssign<Rhs = Self> {
    fn sub_assign(&mut self, rhs: Rhs);
}
pub trait MulAssign<Rhs = Self> {
    fn mul_assign(&mut self, rhs: Rhs);
}
pub trait DivAssign<Rhs = Self> {
    fn div_assign(&mut self, rhs: Rhs);
}
pub trait RemAssign<Rhs = Self> {
    fn rem_assign(&mut self, rhs: Rhs);
}

// `#[track_caller]` as in std 1.95: a user's impl inherits it, so its panics point at `v[i]`.
pub trait Index<Idx> {
    type Output;
    #[track_caller]
    fn index(&self, index: Idx) -> &Self::Output;
}

pub trait IndexMut<Idx>: Index<Idx> {
    #[track_caller]
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

pub trait Deref {
    type Target;
    fn deref(&self) -> &Self::Target;
}

pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

// References deref to their pointee (`Option<&mut Vec<T>>::as_deref_mut`, generic `T: Deref`).
impl<'a, T> Deref for &'a T {
    type Target = T;
    fn deref(&self) -> &T { *self }
}

impl<'a, T> Deref for &'a mut T {
    type Target = T;
    fn deref(&self) -> &T { &**self }
}

impl<'a, T> DerefMut for &'a mut T {
    fn deref_mut(&mut self) -> &mut T { &mut **self }
}

pub trait From<T> {
    fn from(value: T) -> Self;
}

pub trait Into<T> {
    fn into(self) -> T;
}

impl<T> From<T> for T {
    fn from(value: T) -> T {
        value
    }
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

pub trait AsRef<T> {
    fn as_ref(&self) -> &T;
}

pub trait AsMut<T> {
    fn as_mut(&mut self) -> &mut T;
}

pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: Display> ToString for T {
    #[builtin = "ToString::to_string"]
    fn to_string(&self) -> String;
}

pub trait FnOnce<Args> {
    type Output;
    fn call_once(self, args: Args) -> Self::Output;
}

pub trait FnMut<Args>: FnOnce<Args> {
    fn call_mut(&mut self, args: Args) -> Self::Output;
}

pub trait Fn<Args>: FnMut<Args> {
    fn call(&self, args: Args) -> Self::Output;
}

pub mod fmt {
    #[lang = "Formatter"]
    pub struct Formatter;

    /// `Formatter::debug_struct` / `debug_tuple` / `debug_list`: the builders write through the formatter.
    pub struct DebugStruct<'a>;
    pub struct DebugTuple<'a>;
    pub struct DebugList<'a>;
    impl<'a> DebugStruct<'a> {
        #[builtin] pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut DebugStruct<'a>;
        #[builtin] pub fn finish(&mut self) -> Result;
        #[builtin] pub fn finish_non_exhaustive(&mut self) -> Result;
    }
    impl<'a> DebugTuple<'a> {
        #[builtin] pub fn field(&mut self, value: &dyn Debug) -> &mut DebugTuple<'a>;
        #[builtin] pub fn finish(&mut self) -> Result;
    }
    impl<'a> DebugList<'a> {
        #[builtin] pub fn entry(&mut self, value: &dyn Debug) -> &mut DebugList<'a>;
        #[builtin] pub fn finish(&mut self) -> Result;
        pub fn entries<D: Debug, I: crate::IntoIterator<Item = D>>(&mut self, entries: I) -> &mut DebugList<'a> {
            for entry in entries {
                self.entry(&entry);
            }
            self
        }
    }
    /// `Formatter::debug_set`: `{1, 2}`, written by the same builder as `DebugList`.
    pub struct DebugSet<'a>;
    impl<'a> DebugSet<'a> {
        #[builtin] pub fn entry(&mut self, value: &dyn Debug) -> &mut DebugSet<'a>;
        #[builtin] pub fn finish(&mut self) -> Result;
        pub fn entries<D: Debug, I: crate::IntoIterator<Item = D>>(&mut self, entries: I) -> &mut DebugSet<'a> {
            for entry in entries {
                self.entry(&entry);
            }
            self
        }
    }

    #[lang = "Error"]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct Error;

    pub type Result = crate::Result<(), Error>;

    /// Imported by programs that `write!` into a String; the macro itself is checked natively
    /// (it must be in scope there, as rustc's `write_fmt` method).
    #[lang = "FmtWrite"]
    pub trait Write {}

    pub trait Display {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }

    pub trait Debug {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }

    impl Formatter {
        #[builtin = "Formatter::write_str"]
        pub fn write_str(&mut self, s: &str) -> Result;
        #[builtin = "Formatter::alternate"]
        pub fn alternate(&self) -> bool;
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Option<T> {
    None,
    Some(T),
}

impl<T> Option<T> {
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }
    pub fn is_none(&self) -> bool {
        !self.is_some()
    }
    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(v) => f(v),
            None => false,
        }
    }
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(v) => v,
            None => panic!("called `Option::unwrap()` on a `None` value"),
        }
    }
    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(v) => v,
            None => panic!("{}", msg),
        }
    }
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(v) => v,
            None => default,
        }
    }
    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(v) => v,
            None => f(),
        }
    }
    pub fn unwrap_or_default(self) -> T
    where
        T: Default,
    {
        match self {
            Some(v) => v,
            None => T::default(),
        }
    }
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(v) => Some(f(v)),
            None => None,
        }
    }
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(v) => f(v),
            None => default,
        }
    }
    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(v) => f(v),
            None => None,
        }
    }
    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
        match self {
            Some(v) => {
                if predicate(&v) {
                    Some(v)
                } else {
                    None
                }
            }
            None => None,
        }
    }
    pub fn or(self, other: Option<T>) -> Option<T> {
        match self {
            Some(v) => Some(v),
            None => other,
        }
    }
    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            Some(v) => Some(v),
            None => f(),
        }
    }
    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err),
        }
    }
    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err()),
        }
    }
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(v) => Some(v),
            None => None,
        }
    }
    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(v) => Some(v),
            None => None,
        }
    }
    pub fn take(&mut self) -> Option<T> {
        replace_value(self, None)
    }
    pub fn replace(&mut self, value: T) -> Option<T> {
        replace_value(self, Some(value))
    }
    pub fn insert(&mut self, value: T) -> &mut T {
        *self = Some(value);
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }
    pub fn get_or_insert(&mut self, value: T) -> &mut T {
        if let None = self {
            *self = Some(value);
        }
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }
    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if let None = self {
            *self = Some(f());
        }
        match self {
            Some(v) => v,
            None => unreachable!(),
        }
    }
    pub fn take_if<P: FnOnce(&mut T) -> bool>(&mut self, predicate: P) -> Option<T> {
        let hit = match self {
            Some(v) => predicate(v),
            None => false,
        };
        if hit { self.take() } else { None }
    }
    pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(v) => f(v),
            None => true,
        }
    }
    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(v) => f(v),
            None => default(),
        }
    }
    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Option<T> {
        if let Some(v) = &self {
            f(v);
        }
        self
    }
    pub fn and<U>(self, optb: Option<U>) -> Option<U> {
        match self {
            Some(_) => optb,
            None => None,
        }
    }
    pub fn xor(self, optb: Option<T>) -> Option<T> {
        match (self, optb) {
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            _ => None,
        }
    }
    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
        match (self, other) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }
    pub fn iter(&self) -> OptionIter<&T> {
        OptionIter { inner: self.as_ref() }
    }
    pub fn iter_mut(&mut self) -> OptionIter<&mut T> {
        OptionIter { inner: self.as_mut() }
    }
    pub fn as_deref(&self) -> Option<&T::Target>
    where
        T: Deref,
    {
        match self {
            Some(v) => Some(v.deref()),
            None => None,
        }
    }
    pub fn as_deref_mut(&mut self) -> Option<&mut T::Target>
    where
        T: DerefMut,
    {
        match self {
            Some(v) => Some(v.deref_mut()),
            None => None,
        }
    }
}

impl<T> Option<Option<T>> {
    pub fn flatten(self) -> Option<T> {
        match self {
            Some(inner) => inner,
            None => None,
        }
    }
}

impl<T, E> Option<Result<T, E>> {
    pub fn transpose(self) -> Result<Option<T>, E> {
        match self {
            Some(Ok(v)) => Ok(Some(v)),
            Some(Err(e)) => Err(e),
            None => Ok(None),
        }
    }
}

impl<T, U> Option<(T, U)> {
    pub fn unzip(self) -> (Option<T>, Option<U>) {
        match self {
            Some((a, b)) => (Some(a), Some(b)),
            None => (None, None),
        }
    }
}

/// The iterator of `Option::iter` / `iter_mut` / `into_iter`: yields the content at most once.
pub struct OptionIter<A> {
    inner: Option<A>,
}

impl<A> Iterator for OptionIter<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        self.inner.take()
    }
}

impl<A> DoubleEndedIterator for OptionIter<A> {
    fn next_back(&mut self) -> Option<A> {
        self.inner.take()
    }
}

impl<T> IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = OptionIter<T>;
    fn into_iter(self) -> OptionIter<T> {
        OptionIter { inner: self }
    }
}

impl<'a, T> IntoIterator for &'a Option<T> {
    type Item = &'a T;
    type IntoIter = OptionIter<&'a T>;
    fn into_iter(self) -> OptionIter<&'a T> {
        OptionIter { inner: self.as_ref() }
    }
}

impl<T, E> IntoIterator for Result<T, E> {
    type Item = T;
    type IntoIter = OptionIter<T>;
    fn into_iter(self) -> OptionIter<T> {
        OptionIter { inner: self.ok() }
    }
}

impl<'a, T, E> IntoIterator for &'a Result<T, E> {
    type Item = &'a T;
    type IntoIter = OptionIter<&'a T>;
    fn into_iter(self) -> OptionIter<&'a T> {
        OptionIter { inner: self.as_ref().ok() }
    }
}

impl<'a, T> IntoIterator for &'a mut Option<T> {
    type Item = &'a mut T;
    type IntoIter = OptionIter<&'a mut T>;
    fn into_iter(self) -> OptionIter<&'a mut T> {
        OptionIter { inner: self.as_mut() }
    }
}

// As std: one impl per receiver type, the element's bound on the method (unmet, E0277 rather than E0599).
impl<T> Option<&mut T> {
    pub fn cloned(self) -> Option<T> where T: Clone {
        match self {
            Some(v) => Some(v.clone()),
            None => None,
        }
    }
}

impl<T> Option<&mut T> {
    pub fn copied(self) -> Option<T> where T: Copy {
        match self {
            Some(v) => Some(*v),
            None => None,
        }
    }
}

impl<T> Option<&T> {
    pub fn cloned(self) -> Option<T> where T: Clone {
        match self {
            Some(v) => Some(v.clone()),
            None => None,
        }
    }
}

impl<T> Option<&T> {
    pub fn copied(self) -> Option<T> where T: Copy {
        match self {
            Some(v) => Some(*v),
            None => None,
        }
    }
}

impl<T> Default for Option<T> {
    fn default() -> Option<T> {
        None
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }
    pub fn is_err(&self) -> bool {
        !self.is_ok()
    }
    pub fn ok(self) -> Option<T> {
        match self {
            Ok(v) => Some(v),
            Err(_) => None,
        }
    }
    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Result<U, E> {
        match self {
            Ok(v) => Ok(f(v)),
            Err(e) => Err(e),
        }
    }
    pub fn map_err<G, O: FnOnce(E) -> G>(self, op: O) -> Result<T, G> {
        match self {
            Ok(v) => Ok(v),
            Err(e) => Err(op(e)),
        }
    }
    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E> {
        match self {
            Ok(v) => op(v),
            Err(e) => Err(e),
        }
    }
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(v) => v,
            Err(_) => default,
        }
    }
    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T {
        match self {
            Ok(v) => v,
            Err(e) => op(e),
        }
    }
    pub fn unwrap_or_default(self) -> T
    where
        T: Default,
    {
        match self {
            Ok(v) => v,
            Err(_) => T::default(),
        }
    }
    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(v) => Ok(v),
            Err(e) => Err(e),
        }
    }
    #[track_caller]
    pub fn unwrap(self) -> T
    where
        E: Debug,
    {
        match self {
            Ok(v) => v,
            Err(e) => panic!("called `Result::unwrap()` on an `Err` value: {:?}", e),
        }
    }
    #[track_caller]
    pub fn expect(self, msg: &str) -> T
    where
        E: Debug,
    {
        match self {
            Ok(v) => v,
            Err(e) => panic!("{}: {:?}", msg, e),
        }
    }
    #[track_caller]
    pub fn unwrap_err(self) -> E
    where
        T: Debug,
    {
        match self {
            Ok(v) => panic!("called `Result::unwrap_err()` on an `Ok` value: {:?}", v),
            Err(e) => e,
        }
    }
    #[track_caller]
    pub fn expect_err(self, msg: &str) -> E
    where
        T: Debug,
    {
        match self {
            Ok(v) => panic!("{}: {:?}", msg, v),
            Err(e) => e,
        }
    }
    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Ok(v) => f(v),
            Err(_) => false,
        }
    }
    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
        match self {
            Ok(_) => false,
            Err(e) => f(e),
        }
    }
    pub fn as_mut(&mut self) -> Result<&mut T, &mut E> {
        match self {
            Ok(v) => Ok(v),
            Err(e) => Err(e),
        }
    }
    pub fn and<U>(self, res: Result<U, E>) -> Result<U, E> {
        match self {
            Ok(_) => res,
            Err(e) => Err(e),
        }
    }
    pub fn or<F>(self, res: Result<T, F>) -> Result<T, F> {
        match self {
            Ok(v) => Ok(v),
            Err(_) => res,
        }
    }
    pub fn or_else<F, O: FnOnce(E) -> Result<T, F>>(self, op: O) -> Result<T, F> {
        match self {
            Ok(v) => Ok(v),
            Err(e) => op(e),
        }
    }
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(v) => f(v),
            Err(_) => default,
        }
    }
    pub fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Ok(v) => f(v),
            Err(e) => default(e),
        }
    }
    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Result<T, E> {
        if let Ok(v) = &self {
            f(v);
        }
        self
    }
    pub fn inspect_err<F: FnOnce(&E)>(self, f: F) -> Result<T, E> {
        if let Err(e) = &self {
            f(e);
        }
        self
    }
    pub fn iter(&self) -> OptionIter<&T> {
        match self {
            Ok(v) => OptionIter { inner: Some(v) },
            Err(_) => OptionIter { inner: None },
        }
    }
}

impl<T, E> Result<Option<T>, E> {
    pub fn transpose(self) -> Option<Result<T, E>> {
        match self {
            Ok(Some(v)) => Some(Ok(v)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

impl<T, E> Result<&T, E> {
    pub fn cloned(self) -> Result<T, E> where T: Clone {
        match self {
            Ok(v) => Ok(v.clone()),
            Err(e) => Err(e),
        }
    }
}

impl<T, E> Result<&T, E> {
    pub fn copied(self) -> Result<T, E> where T: Copy {
        match self {
            Ok(v) => Ok(*v),
            Err(e) => Err(e),
        }
    }
}

pub trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;

    fn count(mut self) -> usize {
        let mut n = 0;
        while let Some(_) = self.next() {
            n += 1;
        }
        n
    }
    fn last(mut self) -> Option<Self::Item> {
        let mut last = None;
        while let Some(x) = self.next() {
            last = Some(x);
        }
        last
    }
    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if i == n {
                return Some(x);
            }
            i += 1;
        }
        None
    }
    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> {
        Map { iter: self, f: f }
    }
    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> {
        Filter { iter: self, predicate: predicate }
    }
    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> {
        FilterMap { iter: self, f: f }
    }
    fn enumerate(self) -> Enumerate<Self> {
        Enumerate { iter: self, count: 0 }
    }
    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> {
        Zip { a: self, b: other.into_iter() }
    }
    fn rev(self) -> Rev<Self> {
        Rev { iter: self }
    }
    fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter> {
        Chain { a: Some(self), b: Some(other.into_iter()) }
    }
    fn skip(self, n: usize) -> Skip<Self> {
        Skip { iter: self, n: n }
    }
    fn take(self, n: usize) -> Take<Self> {
        Take { iter: self, n: n }
    }
    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> {
        TakeWhile { iter: self, predicate: predicate, done: false }
    }
    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U, F> {
        FlatMap { iter: self, f: f, front: None, back: None }
    }
    fn cloned(self) -> Cloned<Self> {
        Cloned { iter: self }
    }
    fn copied(self) -> Copied<Self> {
        Copied { iter: self }
    }
    fn peekable(self) -> Peekable<Self> {
        Peekable { iter: self, peeked: None }
    }
    fn sum<S: Sum<Self::Item>>(self) -> S {
        S::sum(self)
    }
    fn product<P: Product<Self::Item>>(self) -> P {
        P::product(self)
    }
    fn fold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }
    fn for_each<F: FnMut(Self::Item)>(mut self, mut f: F) {
        while let Some(x) = self.next() {
            f(x);
        }
    }
    fn any<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }
    fn all<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }
    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<Self::Item> {
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
    fn position<P: FnMut(Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<usize> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }
    fn max(mut self) -> Option<Self::Item>
    where
        Self::Item: Ord,
    {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if x >= best {
                best = x;
            }
        }
        Some(best)
    }
    fn min(mut self) -> Option<Self::Item>
    where
        Self::Item: Ord,
    {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if x < best {
                best = x;
            }
        }
        Some(best)
    }
    fn collect<B: FromIterator<Self::Item>>(self) -> B {
        B::from_iter(self)
    }
    fn rposition<P: FnMut(Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<usize>
    where
        Self: ExactSizeIterator + DoubleEndedIterator,
    {
        let mut i = self.len();
        while let Some(x) = self.next_back() {
            i -= 1;
            if predicate(x) {
                return Some(i);
            }
        }
        None
    }
    fn by_ref(&mut self) -> &mut Self {
        self
    }
    #[track_caller]
    fn step_by(self, step: usize) -> StepBy<Self> {
        assert!(step != 0, "assertion failed: step != 0");
        StepBy { iter: self, step: step - 1, first: true }
    }
    fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(self, initial_state: St, f: F) -> Scan<Self, St, F> {
        Scan { iter: self, f: f, state: initial_state }
    }
    fn flatten(self) -> Flatten<Self, Self::Item>
    where
        Self::Item: IntoIterator,
    {
        Flatten { iter: self, front: None, back: None }
    }
    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> {
        SkipWhile { iter: self, predicate: predicate, done: false }
    }
    fn map_while<B, P: FnMut(Self::Item) -> Option<B>>(self, predicate: P) -> MapWhile<Self, P> {
        MapWhile { iter: self, predicate: predicate }
    }
    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> {
        Inspect { iter: self, f: f }
    }
    fn fuse(self) -> Fuse<Self> {
        Fuse { iter: Some(self) }
    }
    fn cycle(self) -> Cycle<Self>
    where
        Self: Clone,
    {
        Cycle { orig: self.clone(), iter: self }
    }
    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(mut self, f: F) -> Option<Self::Item> {
        let first = self.next()?;
        Some(self.fold(first, f))
    }
    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, mut f: F) -> Option<B> {
        while let Some(x) = self.next() {
            if let Some(y) = f(x) {
                return Some(y);
            }
        }
        None
    }
    fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> {
        let mut best = self.next()?;
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let k = f(&x);
            if k >= best_key {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }
    fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(mut self, mut f: F) -> Option<Self::Item> {
        let mut best = self.next()?;
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let k = f(&x);
            if k < best_key {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }
    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(mut self, mut compare: F) -> Option<Self::Item> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            match compare(&best, &x) {
                Ordering::Greater => {}
                _ => best = x,
            }
        }
        Some(best)
    }
    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(mut self, mut compare: F) -> Option<Self::Item> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            match compare(&best, &x) {
                Ordering::Greater => best = x,
                _ => {}
            }
        }
        Some(best)
    }
    fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(mut self, mut f: F) -> (B, B) {
        let mut left: B = B::default();
        let mut right: B = B::default();
        while let Some(x) = self.next() {
            if f(&x) {
                left.extend_one(x);
            } else {
                right.extend_one(x);
            }
        }
        (left, right)
    }
    fn unzip<A, B, FromA: Default + Extend<A>, FromB: Default + Extend<B>>(mut self) -> (FromA, FromB)
    where
        Self: Iterator<Item = (A, B)>,
    {
        let mut left: FromA = FromA::default();
        let mut right: FromB = FromB::default();
        let lower = size_hint_lower(&self);
        if lower > 0 {
            left.extend_reserve(lower);
            right.extend_reserve(lower);
        }
        while let Some((a, b)) = self.next() {
            left.extend_one(a);
            right.extend_one(b);
        }
        (left, right)
    }
    fn try_fold<B, R: TryFlow<Output = B>, F: FnMut(B, Self::Item) -> R>(&mut self, init: B, mut f: F) -> R {
        let mut acc = init;
        while let Some(x) = self.next() {
            match f(acc, x).branch() {
                Ok(v) => acc = v,
                Err(stop) => return stop,
            }
        }
        R::from_output(acc)
    }
    fn try_for_each<E, F: FnMut(Self::Item) -> Result<(), E>>(&mut self, mut f: F) -> Result<(), E> {
        while let Some(x) = self.next() {
            f(x)?;
        }
        Ok(())
    }
    fn is_sorted(mut self) -> bool
    where
        Self::Item: PartialOrd,
    {
        let mut last = match self.next() {
            Some(x) => x,
            None => return true,
        };
        while let Some(x) = self.next() {
            if last > x {
                return false;
            }
            last = x;
        }
        true
    }
    fn eq<I: IntoIterator>(mut self, other: I) -> bool
    where
        Self::Item: PartialEq<I::Item>,
    {
        let mut other = other.into_iter();
        loop {
            match (self.next(), other.next()) {
                (None, None) => return true,
                (Some(a), Some(b)) => {
                    if a != b {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }
    fn cmp<I>(mut self, other: I) -> Ordering
    where
        I: IntoIterator<Item = Self::Item>,
        Self::Item: Ord,
    {
        let mut other = other.into_iter();
        loop {
            match (self.next(), other.next()) {
                (None, None) => return Ordering::Equal,
                (None, Some(_)) => return Ordering::Less,
                (Some(_), None) => return Ordering::Greater,
                (Some(a), Some(b)) => match a.cmp(&b) {
                    Ordering::Equal => {}
                    non_eq => return non_eq,
                },
            }
        }
    }
    fn partial_cmp<I>(mut self, other: I) -> Option<Ordering>
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
    {
        let mut other = other.into_iter();
        loop {
            match (self.next(), other.next()) {
                (None, None) => return Some(Ordering::Equal),
                (None, Some(_)) => return Some(Ordering::Less),
                (Some(_), None) => return Some(Ordering::Greater),
                (Some(a), Some(b)) => match a.partial_cmp(&b) {
                    Some(Ordering::Equal) => {}
                    non_eq => return non_eq,
                },
            }
        }
    }
    fn ne<I: IntoIterator>(self, other: I) -> bool
    where
        Self::Item: PartialEq<I::Item>,
    {
        !self.eq(other)
    }
    fn lt<I: IntoIterator>(self, other: I) -> bool
    where
        Self::Item: PartialOrd<I::Item>,
    {
        self.partial_cmp(other) == Some(Ordering::Less)
    }
    fn le<I: IntoIterator>(self, other: I) -> bool
    where
        Self::Item: PartialOrd<I::Item>,
    {
        match self.partial_cmp(other) {
            Some(Ordering::Less) => true,
            Some(Ordering::Equal) => true,
            _ => false,
        }
    }
    fn gt<I: IntoIterator>(self, other: I) -> bool
    where
        Self::Item: PartialOrd<I::Item>,
    {
        self.partial_cmp(other) == Some(Ordering::Greater)
    }
    fn ge<I: IntoIterator>(self, other: I) -> bool
    where
        Self::Item: PartialOrd<I::Item>,
    {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) => true,
            Some(Ordering::Equal) => true,
            _ => false,
        }
    }
}

/// `std::iter::zip`: module `iter` is flattened into the root.
pub fn zip<A: IntoIterator, B: IntoIterator>(a: A, b: B) -> Zip<A::IntoIter, B::IntoIter> {
    a.into_iter().zip(b)
}

impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }
}

/// std's `impl Iterator for Box<I>`: a boxed iterator (`Box<dyn Iterator<Item = T>>`) is one.
impl<I: Iterator + ?Sized> Iterator for Box<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }
}

/// Collections that can take items one at a time (`partition`, `unzip`, `String::extend`).
pub trait Extend<A> {
    fn extend_one(&mut self, item: A);
    fn extend_reserve(&mut self, additional: usize) {}
    fn extend<I: IntoIterator<Item = A>>(&mut self, iter: I) {
        let mut it = iter.into_iter();
        self.extend_reserve(size_hint_lower(&it));
        while let Some(x) = it.next() {
            self.extend_one(x);
        }
    }
}

/// The lower bound of an iterator's `size_hint` (what std reserves before extending).
#[builtin = "iter::lower_bound"]
fn size_hint_lower<I: Iterator + ?Sized>(iter: &I) -> usize;

// `Vec::extend` is only reached through `Extend`, as in std, so that both `Extend<T>` and
// `Extend<&T>` (for `T: Copy`) apply; the machine's `Vec::extend` copies out of references.
impl<T> Extend<T> for Vec<T> {
    fn extend_one(&mut self, item: T) {
        self.push(item);
    }
    fn extend_reserve(&mut self, additional: usize) {
        self.reserve(additional);
    }
    #[builtin = "Vec::extend"] fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    fn extend_one(&mut self, item: &'a T) {
        self.push(*item);
    }
    fn extend_reserve(&mut self, additional: usize) {
        self.reserve(additional);
    }
    #[builtin = "Vec::extend"] fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I);
}

/// std's `Extend<(A, B)> for (ExtendA, ExtendB)`: each side extended, both reserved (so `unzip` nests).
impl<A, B, EA: Extend<A>, EB: Extend<B>> Extend<(A, B)> for (EA, EB) {
    fn extend_one(&mut self, item: (A, B)) {
        self.0.extend_one(item.0);
        self.1.extend_one(item.1);
    }
    fn extend_reserve(&mut self, additional: usize) {
        self.0.extend_reserve(additional);
        self.1.extend_reserve(additional);
    }
}

impl Extend<char> for String {
    fn extend_one(&mut self, item: char) {
        self.push(item);
    }
    fn extend_reserve(&mut self, additional: usize) {
        self.reserve(additional);
    }
}

impl<'a> Extend<&'a str> for String {
    fn extend_one(&mut self, item: &'a str) {
        self.push_str(item);
    }
}

impl Extend<String> for String {
    fn extend_one(&mut self, item: String) {
        self.push_str(&item);
    }
}

pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;
    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while let Some(x) = self.next_back() {
            if i == n {
                return Some(x);
            }
            i += 1;
        }
        None
    }
    fn rfind<P: FnMut(&Self::Item) -> bool>(&mut self, mut predicate: P) -> Option<Self::Item> {
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
    fn rfold<B, F: FnMut(B, Self::Item) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(x) = self.next_back() {
            acc = f(acc, x);
        }
        acc
    }
}

/// Iterators that know their exact length (the machine reads it from the iterator's state).
pub trait ExactSizeIterator: Iterator {
    fn len(&self) -> usize {
        size_hint_lower(self)
    }
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}
impl<'a, T> ExactSizeIterator for IterMut<'a, T> {}
impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T> ExactSizeIterator for ArrayIntoIter<T> {}
// As std: only the ranges whose length always fits usize (and u32/i32 kept for compatibility).
impl ExactSizeIterator for Range<usize> {}
impl ExactSizeIterator for Range<u8> {}
impl ExactSizeIterator for Range<u16> {}
impl ExactSizeIterator for Range<u32> {}
impl ExactSizeIterator for Range<isize> {}
impl ExactSizeIterator for Range<i8> {}
impl ExactSizeIterator for Range<i16> {}
impl ExactSizeIterator for Range<i32> {}
impl ExactSizeIterator for RangeInclusive<u8> {}
impl ExactSizeIterator for RangeInclusive<u16> {}
impl ExactSizeIterator for RangeInclusive<i8> {}
impl ExactSizeIterator for RangeInclusive<i16> {}
impl<B, I: ExactSizeIterator, F: FnMut(I::Item) -> B> ExactSizeIterator for Map<I, F> {}
impl<I: ExactSizeIterator> ExactSizeIterator for Enumerate<I> {}
impl<I: ExactSizeIterator + DoubleEndedIterator> ExactSizeIterator for Rev<I> {}
impl<'a, T: Copy + 'a, I: ExactSizeIterator<Item = &'a T>> ExactSizeIterator for Copied<I> {}
impl<'a, T: Clone + 'a, I: ExactSizeIterator<Item = &'a T>> ExactSizeIterator for Cloned<I> {}
impl<I: ExactSizeIterator> ExactSizeIterator for Skip<I> {}
impl<I: ExactSizeIterator> ExactSizeIterator for Take<I> {}
impl<A: ExactSizeIterator, B: ExactSizeIterator> ExactSizeIterator for Zip<A, B> {}
impl<I: ExactSizeIterator> ExactSizeIterator for StepBy<I> {}

// As std: from the back, skip the elements past the last one the forward walk would reach.
impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for StepBy<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        let rem = self.iter.len() % (self.step + 1);
        let skip = if self.first { if rem == 0 { self.step } else { rem - 1 } } else { rem };
        self.iter.nth_back(skip)
    }
}

impl<I: ExactSizeIterator + DoubleEndedIterator> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)> {
        let x = self.iter.next_back()?;
        let len = self.iter.len();
        Some((self.count + len, x))
    }
}

pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;
    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;
    fn into_iter(self) -> I {
        self
    }
}

pub trait FromIterator<A> {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

pub trait Sum<A = Self> {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

pub trait Product<A = Self> {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

#[derive(Clone)]
pub struct Map<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

impl<I: DoubleEndedIterator, P: FnMut(&I::Item) -> bool> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next_back() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }
}

#[derive(Clone)]
pub struct Enumerate<I> {
    iter: I,
    count: usize,
}

impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);
    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(x) => {
                let i = self.count;
                self.count += 1;
                Some((i, x))
            }
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Zip<A, B> {
    a: A,
    b: B,
}

impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);
    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        match self.a.next() {
            Some(x) => match self.b.next() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Rev<I> {
    iter: I,
}

impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}

#[derive(Clone)]
pub struct Chain<A, B> {
    a: Option<A>,
    b: Option<B>,
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;
    fn next(&mut self) -> Option<A::Item> {
        if let Some(a) = &mut self.a {
            match a.next() {
                Some(x) => return Some(x),
                None => self.a = None,
            }
        }
        match &mut self.b {
            Some(b) => b.next(),
            None => None,
        }
    }
}

impl<A: DoubleEndedIterator, B: DoubleEndedIterator<Item = A::Item>> DoubleEndedIterator for Chain<A, B> {
    fn next_back(&mut self) -> Option<A::Item> {
        if let Some(b) = &mut self.b {
            match b.next_back() {
                Some(x) => return Some(x),
                None => self.b = None,
            }
        }
        match &mut self.a {
            Some(a) => a.next_back(),
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Skip<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while self.n > 0 {
            self.n -= 1;
            self.iter.next();
        }
        self.iter.next()
    }
}

#[derive(Clone)]
pub struct Take<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            self.iter.next()
        }
    }
}

pub struct TakeWhile<I, P> {
    iter: I,
    predicate: P,
    done: bool,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.done {
            return None;
        }
        match self.iter.next() {
            Some(x) => {
                if (self.predicate)(&x) {
                    Some(x)
                } else {
                    self.done = true;
                    None
                }
            }
            None => None,
        }
    }
}

/// `front` and `back` are the inner iterators being read from each end, as std's FlattenCompat.
pub struct FlatMap<I, U: IntoIterator, F> {
    iter: I,
    f: F,
    front: Option<U::IntoIter>,
    back: Option<U::IntoIter>,
}

impl<I: Iterator, U: IntoIterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> {
    type Item = U::Item;
    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
                self.front = None;
            }
            match self.iter.next() {
                Some(x) => self.front = Some((self.f)(x).into_iter()),
                None => {
                    let r = match &mut self.back {
                        Some(inner) => inner.next(),
                        None => None,
                    };
                    if r.is_none() {
                        self.back = None;
                    }
                    return r;
                }
            }
        }
    }
}

impl<I: DoubleEndedIterator, U: IntoIterator, F: FnMut(I::Item) -> U> DoubleEndedIterator for FlatMap<I, U, F>
where
    U::IntoIter: DoubleEndedIterator,
{
    fn next_back(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.back {
                if let Some(x) = inner.next_back() {
                    return Some(x);
                }
                self.back = None;
            }
            match self.iter.next_back() {
                Some(x) => self.back = Some((self.f)(x).into_iter()),
                None => {
                    let r = match &mut self.front {
                        Some(inner) => inner.next_back(),
                        None => None,
                    };
                    if r.is_none() {
                        self.front = None;
                    }
                    return r;
                }
            }
        }
    }
}

#[derive(Clone)]
pub struct StepBy<I> {
    iter: I,
    step: usize,
    first: bool,
}

impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.first {
            self.first = false;
            self.iter.next()
        } else {
            self.iter.nth(self.step)
        }
    }
}

pub struct Scan<I, St, F> {
    iter: I,
    f: F,
    state: St,
}

impl<B, I: Iterator, St, F: FnMut(&mut St, I::Item) -> Option<B>> Iterator for Scan<I, St, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        let x = self.iter.next()?;
        (self.f)(&mut self.state, x)
    }
}

pub struct Flatten<I, U: IntoIterator> {
    iter: I,
    front: Option<U::IntoIter>,
    back: Option<U::IntoIter>,
}

impl<I: Iterator<Item = U>, U: IntoIterator> Iterator for Flatten<I, U> {
    type Item = U::Item;
    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
                self.front = None;
            }
            match self.iter.next() {
                Some(x) => self.front = Some(x.into_iter()),
                None => {
                    let r = match &mut self.back {
                        Some(inner) => inner.next(),
                        None => None,
                    };
                    if r.is_none() {
                        self.back = None;
                    }
                    return r;
                }
            }
        }
    }
}

impl<I: DoubleEndedIterator<Item = U>, U: IntoIterator> DoubleEndedIterator for Flatten<I, U>
where
    U::IntoIter: DoubleEndedIterator,
{
    fn next_back(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.back {
                if let Some(x) = inner.next_back() {
                    return Some(x);
                }
                self.back = None;
            }
            match self.iter.next_back() {
                Some(x) => self.back = Some(x.into_iter()),
                None => {
                    let r = match &mut self.front {
                        Some(inner) => inner.next_back(),
                        None => None,
                    };
                    if r.is_none() {
                        self.front = None;
                    }
                    return r;
                }
            }
        }
    }
}

pub struct SkipWhile<I, P> {
    iter: I,
    predicate: P,
    done: bool,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if self.done || !(self.predicate)(&x) {
                self.done = true;
                return Some(x);
            }
        }
        None
    }
}

pub struct MapWhile<I, P> {
    iter: I,
    predicate: P,
}

impl<B, I: Iterator, P: FnMut(I::Item) -> Option<B>> Iterator for MapWhile<I, P> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        let x = self.iter.next()?;
        (self.predicate)(x)
    }
}

pub struct Inspect<I, F> {
    iter: I,
    f: F,
}

impl<I: Iterator, F: FnMut(&I::Item)> Iterator for Inspect<I, F> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let x = self.iter.next()?;
        (self.f)(&x);
        Some(x)
    }
}

impl<I: DoubleEndedIterator, F: FnMut(&I::Item)> DoubleEndedIterator for Inspect<I, F> {
    fn next_back(&mut self) -> Option<I::Item> {
        let x = self.iter.next_back()?;
        (self.f)(&x);
        Some(x)
    }
}

pub struct Fuse<I> {
    iter: Option<I>,
}

impl<I: Iterator> Iterator for Fuse<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let x = match &mut self.iter {
            Some(it) => it.next(),
            None => return None,
        };
        if x.is_none() {
            self.iter = None;
        }
        x
    }
}

pub struct Cycle<I> {
    orig: I,
    iter: I,
}

impl<I: Iterator + Clone> Iterator for Cycle<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            None => {
                self.iter = self.orig.clone();
                self.iter.next()
            }
            y => y,
        }
    }
}

#[derive(Clone)]
pub struct Cloned<I> {
    iter: I,
}

impl<'a, T: Clone + 'a, I: Iterator<Item = &'a T>> Iterator for Cloned<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

impl<'a, T: Clone + 'a, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Cloned<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

#[derive(Clone)]
pub struct Copied<I> {
    iter: I,
}

impl<'a, T: Copy + 'a, I: Iterator<Item = &'a T>> Iterator for Copied<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

impl<'a, T: Copy + 'a, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Copied<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

/// `<[T]>::split`: the subslices between the elements matching `pred` (std's `Split`).
pub struct SliceSplit<'a, T, P> {
    v: &'a [T],
    pred: P,
    finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SliceSplit<'a, T, P> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let v: &'a [T] = self.v;
        let mut i = 0;
        while i < v.len() {
            if (self.pred)(&v[i]) {
                self.v = &v[i + 1..];
                return Some(&v[..i]);
            }
            i += 1;
        }
        self.finished = true;
        Some(v)
    }
}

pub struct Peekable<I: Iterator> {
    iter: I,
    peeked: Option<Option<I::Item>>,
}

impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        }
    }
}

impl<I: Iterator> Peekable<I> {
    pub fn peek(&mut self) -> Option<&I::Item> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &self.peeked {
            Some(Some(v)) => Some(v),
            _ => None,
        }
    }
    pub fn peek_mut(&mut self) -> Option<&mut I::Item> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &mut self.peeked {
            Some(Some(v)) => Some(v),
            _ => None,
        }
    }
    // As std: the item taken by `next` is put back as the peeked one when `func` refuses it.
    pub fn next_if<F: FnOnce(&I::Item) -> bool>(&mut self, func: F) -> Option<I::Item> {
        let next = self.next();
        if let Some(matched) = next {
            if func(&matched) {
                return Some(matched);
            }
            self.peeked = Some(Some(matched));
            return None;
        }
        self.peeked = Some(None);
        None
    }
    pub fn next_if_eq<T: ?Sized>(&mut self, expected: &T) -> Option<I::Item> where I::Item: PartialEq<T> {
        self.next_if(|next| next == expected)
    }
}

/// Integer types a range can iterate over.
pub trait Step: Copy + PartialOrd {
    fn forward(x: Self) -> Self;
    fn backward(x: Self) -> Self;
}

#[lang = "Range"]
#[derive(Clone, PartialEq, Eq, Debug, Default, Hash)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

#[lang = "RangeInclusive"]
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub struct RangeInclusive<Idx> {
    pub start: Idx,
    pub end: Idx,
    exhausted: bool,
}

#[lang = "RangeFrom"]
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

#[lang = "RangeTo"]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

#[lang = "RangeToInclusive"]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}

#[lang = "RangeFull"]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
pub struct RangeFull;

/// The ranges `drain` and `splice` take (std's `start_bound`/`end_bound` are not modelled).
pub trait RangeBounds<T> {}
impl<T> RangeBounds<T> for Range<T> {}
impl<T> RangeBounds<T> for RangeInclusive<T> {}
impl<T> RangeBounds<T> for RangeFrom<T> {}
impl<T> RangeBounds<T> for RangeTo<T> {}
impl<T> RangeBounds<T> for RangeToInclusive<T> {}
impl<T> RangeBounds<T> for RangeFull {}
impl<T> RangeBounds<T> for (Bound<T>, Bound<T>) {}

/// An endpoint of a range (std's `ops::Bound`): `map.range((Excluded(1), Included(5)))`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Bound<T> {
    Included(T),
    Excluded(T),
    Unbounded,
}

impl<A: Step> Iterator for Range<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let n = self.start;
            self.start = Step::forward(n);
            Some(n)
        } else {
            None
        }
    }
}

impl<A: Step> DoubleEndedIterator for Range<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = Step::backward(self.end);
            Some(self.end)
        } else {
            None
        }
    }
}

impl<A: PartialOrd> Range<A> {
    pub fn contains(&self, item: &A) -> bool {
        *item >= self.start && *item < self.end
    }
    pub fn is_empty(&self) -> bool {
        !(self.start < self.end)
    }
}

impl<A: PartialOrd> RangeFrom<A> {
    pub fn contains(&self, item: &A) -> bool {
        *item >= self.start
    }
}

impl<A: PartialOrd> RangeTo<A> {
    pub fn contains(&self, item: &A) -> bool {
        *item < self.end
    }
}

impl<A: PartialOrd> RangeToInclusive<A> {
    pub fn contains(&self, item: &A) -> bool {
        *item <= self.end
    }
}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.exhausted || self.start > self.end {
            return None;
        }
        let n = self.start;
        if self.start < self.end {
            self.start = Step::forward(n);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || self.start > self.end {
            return None;
        }
        let n = self.end;
        if self.start < self.end {
            self.end = Step::backward(n);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
}

impl<A: PartialOrd> RangeInclusive<A> {
    pub fn contains(&self, item: &A) -> bool {
        *item >= self.start && *item <= self.end
    }
    pub fn is_empty(&self) -> bool {
        self.exhausted || !(self.start <= self.end)
    }
    pub fn start(&self) -> &A {
        &self.start
    }
    pub fn end(&self) -> &A {
        &self.end
    }
}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        let n = self.start;
        self.start = Step::forward(n);
        Some(n)
    }
}

// Per-type impls (generated once; keep in sync by hand).

impl Step for i8 {
    fn forward(x: i8) -> i8 {
        x + 1
    }
    fn backward(x: i8) -> i8 {
        x - 1
    }
}

impl Step for i16 {
    fn forward(x: i16) -> i16 {
        x + 1
    }
    fn backward(x: i16) -> i16 {
        x - 1
    }
}

impl Step for i32 {
    fn forward(x: i32) -> i32 {
        x + 1
    }
    fn backward(x: i32) -> i32 {
        x - 1
    }
}

impl Step for i64 {
    fn forward(x: i64) -> i64 {
        x + 1
    }
    fn backward(x: i64) -> i64 {
        x - 1
    }
}

impl Step for i128 {
    fn forward(x: i128) -> i128 {
        x + 1
    }
    fn backward(x: i128) -> i128 {
        x - 1
    }
}

impl Step for isize {
    fn forward(x: isize) -> isize {
        x + 1
    }
    fn backward(x: isize) -> isize {
        x - 1
    }
}

impl Step for u8 {
    fn forward(x: u8) -> u8 {
        x + 1
    }
    fn backward(x: u8) -> u8 {
        x - 1
    }
}

impl Step for u16 {
    fn forward(x: u16) -> u16 {
        x + 1
    }
    fn backward(x: u16) -> u16 {
        x - 1
    }
}

impl Step for u32 {
    fn forward(x: u32) -> u32 {
        x + 1
    }
    fn backward(x: u32) -> u32 {
        x - 1
    }
}

impl Step for u64 {
    fn forward(x: u64) -> u64 {
        x + 1
    }
    fn backward(x: u64) -> u64 {
        x - 1
    }
}

impl Step for u128 {
    fn forward(x: u128) -> u128 {
        x + 1
    }
    fn backward(x: u128) -> u128 {
        x - 1
    }
}

impl Step for usize {
    fn forward(x: usize) -> usize {
        x + 1
    }
    fn backward(x: usize) -> usize {
        x - 1
    }
}

impl Step for char {
    fn forward(x: char) -> char {
        let n = x as u32 + 1;
        match char::from_u32(if n == 0xD800 { 0xE000 } else { n }) {
            Some(c) => c,
            None => panic!("overflow in `Step::forward`"),
        }
    }
    fn backward(x: char) -> char {
        let n = x as u32;
        match char::from_u32(if n == 0xE000 { 0xD7FF } else { n - 1 }) {
            Some(c) => c,
            None => panic!("overflow in `Step::backward`"),
        }
    }
}

impl Sum for i8 {
    fn sum<I: Iterator<Item = i8>>(iter: I) -> i8 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a i8> for i8 {
    fn sum<I: Iterator<Item = &'a i8>>(iter: I) -> i8 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for i8 {
    fn product<I: Iterator<Item = i8>>(iter: I) -> i8 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a i8> for i8 {
    fn product<I: Iterator<Item = &'a i8>>(iter: I) -> i8 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for i16 {
    fn sum<I: Iterator<Item = i16>>(iter: I) -> i16 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a i16> for i16 {
    fn sum<I: Iterator<Item = &'a i16>>(iter: I) -> i16 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for i16 {
    fn product<I: Iterator<Item = i16>>(iter: I) -> i16 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a i16> for i16 {
    fn product<I: Iterator<Item = &'a i16>>(iter: I) -> i16 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for i32 {
    fn sum<I: Iterator<Item = i32>>(iter: I) -> i32 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a i32> for i32 {
    fn sum<I: Iterator<Item = &'a i32>>(iter: I) -> i32 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for i32 {
    fn product<I: Iterator<Item = i32>>(iter: I) -> i32 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a i32> for i32 {
    fn product<I: Iterator<Item = &'a i32>>(iter: I) -> i32 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for i64 {
    fn sum<I: Iterator<Item = i64>>(iter: I) -> i64 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a i64> for i64 {
    fn sum<I: Iterator<Item = &'a i64>>(iter: I) -> i64 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for i64 {
    fn product<I: Iterator<Item = i64>>(iter: I) -> i64 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a i64> for i64 {
    fn product<I: Iterator<Item = &'a i64>>(iter: I) -> i64 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for i128 {
    fn sum<I: Iterator<Item = i128>>(iter: I) -> i128 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a i128> for i128 {
    fn sum<I: Iterator<Item = &'a i128>>(iter: I) -> i128 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for i128 {
    fn product<I: Iterator<Item = i128>>(iter: I) -> i128 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a i128> for i128 {
    fn product<I: Iterator<Item = &'a i128>>(iter: I) -> i128 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for isize {
    fn sum<I: Iterator<Item = isize>>(iter: I) -> isize {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a isize> for isize {
    fn sum<I: Iterator<Item = &'a isize>>(iter: I) -> isize {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for isize {
    fn product<I: Iterator<Item = isize>>(iter: I) -> isize {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a isize> for isize {
    fn product<I: Iterator<Item = &'a isize>>(iter: I) -> isize {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for u8 {
    fn sum<I: Iterator<Item = u8>>(iter: I) -> u8 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a u8> for u8 {
    fn sum<I: Iterator<Item = &'a u8>>(iter: I) -> u8 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for u8 {
    fn product<I: Iterator<Item = u8>>(iter: I) -> u8 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a u8> for u8 {
    fn product<I: Iterator<Item = &'a u8>>(iter: I) -> u8 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for u16 {
    fn sum<I: Iterator<Item = u16>>(iter: I) -> u16 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a u16> for u16 {
    fn sum<I: Iterator<Item = &'a u16>>(iter: I) -> u16 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for u16 {
    fn product<I: Iterator<Item = u16>>(iter: I) -> u16 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a u16> for u16 {
    fn product<I: Iterator<Item = &'a u16>>(iter: I) -> u16 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for u32 {
    fn sum<I: Iterator<Item = u32>>(iter: I) -> u32 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a u32> for u32 {
    fn sum<I: Iterator<Item = &'a u32>>(iter: I) -> u32 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for u32 {
    fn product<I: Iterator<Item = u32>>(iter: I) -> u32 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a u32> for u32 {
    fn product<I: Iterator<Item = &'a u32>>(iter: I) -> u32 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for u64 {
    fn sum<I: Iterator<Item = u64>>(iter: I) -> u64 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a u64> for u64 {
    fn sum<I: Iterator<Item = &'a u64>>(iter: I) -> u64 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for u64 {
    fn product<I: Iterator<Item = u64>>(iter: I) -> u64 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a u64> for u64 {
    fn product<I: Iterator<Item = &'a u64>>(iter: I) -> u64 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for u128 {
    fn sum<I: Iterator<Item = u128>>(iter: I) -> u128 {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a u128> for u128 {
    fn sum<I: Iterator<Item = &'a u128>>(iter: I) -> u128 {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for u128 {
    fn product<I: Iterator<Item = u128>>(iter: I) -> u128 {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a u128> for u128 {
    fn product<I: Iterator<Item = &'a u128>>(iter: I) -> u128 {
        iter.fold(1, |a, b| a * *b)
    }
}

impl Sum for usize {
    fn sum<I: Iterator<Item = usize>>(iter: I) -> usize {
        iter.fold(0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a usize> for usize {
    fn sum<I: Iterator<Item = &'a usize>>(iter: I) -> usize {
        iter.fold(0, |a, b| a + *b)
    }
}

impl Product for usize {
    fn product<I: Iterator<Item = usize>>(iter: I) -> usize {
        iter.fold(1, |a, b| a * b)
    }
}

impl<'a> Product<&'a usize> for usize {
    fn product<I: Iterator<Item = &'a usize>>(iter: I) -> usize {
        iter.fold(1, |a, b| a * *b)
    }
}

// std's float sums start at -0.0 (the additive identity: an empty sum is -0.0, `[0.0].sum()` is 0.0).
impl Sum for f32 {
    fn sum<I: Iterator<Item = f32>>(iter: I) -> f32 {
        iter.fold(-0.0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a f32> for f32 {
    fn sum<I: Iterator<Item = &'a f32>>(iter: I) -> f32 {
        iter.fold(-0.0, |a, b| a + *b)
    }
}

impl Product for f32 {
    fn product<I: Iterator<Item = f32>>(iter: I) -> f32 {
        iter.fold(1.0, |a, b| a * b)
    }
}

impl<'a> Product<&'a f32> for f32 {
    fn product<I: Iterator<Item = &'a f32>>(iter: I) -> f32 {
        iter.fold(1.0, |a, b| a * *b)
    }
}

impl Sum for f64 {
    fn sum<I: Iterator<Item = f64>>(iter: I) -> f64 {
        iter.fold(-0.0, |a, b| a + b)
    }
}

impl<'a> Sum<&'a f64> for f64 {
    fn sum<I: Iterator<Item = &'a f64>>(iter: I) -> f64 {
        iter.fold(-0.0, |a, b| a + *b)
    }
}

impl Product for f64 {
    fn product<I: Iterator<Item = f64>>(iter: I) -> f64 {
        iter.fold(1.0, |a, b| a * b)
    }
}

impl<'a> Product<&'a f64> for f64 {
    fn product<I: Iterator<Item = &'a f64>>(iter: I) -> f64 {
        iter.fold(1.0, |a, b| a * *b)
    }
}

impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        })
    }
}

impl fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("provided string was not `true` or `false`")
    }
}

impl fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        })
    }
}

impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        })
    }
}
impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

// ---- type checker: associated constants of primitive types (tc2) ----------------------------
// Inlined at each use like any `const`; floats' NAN and infinities are computed by division as in core.

impl i8 { pub const MIN: i8 = -128; pub const MAX: i8 = 127; pub const BITS: u32 = 8; }
impl i16 { pub const MIN: i16 = -32768; pub const MAX: i16 = 32767; pub const BITS: u32 = 16; }
impl i32 { pub const MIN: i32 = -2147483648; pub const MAX: i32 = 2147483647; pub const BITS: u32 = 32; }
impl i64 { pub const MIN: i64 = -9223372036854775808; pub const MAX: i64 = 9223372036854775807; pub const BITS: u32 = 64; }
impl i128 { pub const MIN: i128 = -170141183460469231731687303715884105728; pub const MAX: i128 = 170141183460469231731687303715884105727; pub const BITS: u32 = 128; }
impl isize { pub const MIN: isize = -9223372036854775808; pub const MAX: isize = 9223372036854775807; pub const BITS: u32 = 64; }
impl u8 { pub const MIN: u8 = 0; pub const MAX: u8 = 255; pub const BITS: u32 = 8; }
impl u16 { pub const MIN: u16 = 0; pub const MAX: u16 = 65535; pub const BITS: u32 = 16; }
impl u32 { pub const MIN: u32 = 0; pub const MAX: u32 = 4294967295; pub const BITS: u32 = 32; }
impl u64 { pub const MIN: u64 = 0; pub const MAX: u64 = 18446744073709551615; pub const BITS: u32 = 64; }
impl u128 { pub const MIN: u128 = 0; pub const MAX: u128 = 340282366920938463463374607431768211455; pub const BITS: u32 = 128; }
impl usize { pub const MIN: usize = 0; pub const MAX: usize = 18446744073709551615; pub const BITS: u32 = 64; }
impl f64 {
    pub const MAX: f64 = 1.7976931348623157e308;
    pub const MIN: f64 = -1.7976931348623157e308;
    pub const MIN_POSITIVE: f64 = 2.2250738585072014e-308;
    pub const EPSILON: f64 = 2.220446049250313e-16;
    pub const INFINITY: f64 = 1.0 / 0.0;
    pub const NEG_INFINITY: f64 = -1.0 / 0.0;
    pub const NAN: f64 = 0.0 / 0.0;
}
impl f32 {
    pub const MAX: f32 = 3.40282347e38;
    pub const MIN: f32 = -3.40282347e38;
    pub const MIN_POSITIVE: f32 = 1.17549435e-38;
    pub const EPSILON: f32 = 1.1920929e-7;
    pub const INFINITY: f32 = 1.0 / 0.0;
    pub const NEG_INFINITY: f32 = -1.0 / 0.0;
    pub const NAN: f32 = 0.0 / 0.0;
}
impl char {
    pub const MAX: char = '\u{10FFFF}';
    pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';
    pub fn len_utf16(self) -> usize {
        if (self as u32) < 0x10000 { 1 } else { 2 }
    }
    pub fn is_ascii_control(&self) -> bool {
        (*self as u32) < 32 || *self as u32 == 127
    }
}
// `std::char::REPLACEMENT_CHARACTER`: module `char` is flattened into the root.
pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

// ---- type checker: arrays as iterators (tc2) -------------------------------------------------
// `[T; N]` with `N` unbound (std scope only) is an array of any length, as std's `const N: usize`.
impl<T> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = ArrayIntoIter<T>;
    #[builtin = "array::into_iter"] fn into_iter(self) -> ArrayIntoIter<T>;
}
impl<T> [T; N] {
    /// The closure applied to each element in order; the result has the receiver's length.
    #[builtin = "array::map"] pub fn map<U, F: FnMut(T) -> U>(self, f: F) -> [U; N];
}
impl<'a, T> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[builtin = "slice::iter"] fn into_iter(self) -> Iter<'a, T>;
}
impl<'a, T> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    #[builtin = "slice::iter_mut"] fn into_iter(self) -> IterMut<'a, T>;
}
impl<'a, T> IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    #[builtin = "slice::iter_mut"] fn into_iter(self) -> IterMut<'a, T>;
}

// ---- type checker: comparisons and conversions rustc's std has (tc2) -------------------------
impl PartialEq<str> for String { fn eq(&self, other: &str) -> bool { self.as_str() == other } }
impl<'a> PartialEq<&'a str> for String { fn eq(&self, other: &&'a str) -> bool { self.as_str() == *other } }
impl PartialEq<String> for str { fn eq(&self, other: &String) -> bool { self == other.as_str() } }
impl<'a> PartialEq<String> for &'a str { fn eq(&self, other: &String) -> bool { *self == other.as_str() } }
impl From<u8> for char { fn from(b: u8) -> char { b as char } }
impl<K: Eq + Hash, V> From<[(K, V); N]> for HashMap<K, V> {
    fn from(entries: [(K, V); N]) -> HashMap<K, V> { entries.into_iter().collect() }
}
impl<T: Eq + Hash> From<[T; N]> for HashSet<T> {
    fn from(items: [T; N]) -> HashSet<T> { items.into_iter().collect() }
}
impl<T> From<[T; N]> for Vec<T> {
    fn from(items: [T; N]) -> Vec<T> { items.into_iter().collect() }
}

/// Collecting `Result`s: stops at the first error (std's GenericShunt).
struct ResultShunt<'a, I, E> { iter: I, error: &'a mut Option<E> }
impl<'a, A, E, I: Iterator<Item = Result<A, E>>> Iterator for ResultShunt<'a, I, E> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        match self.iter.next() {
            Some(Ok(v)) => Some(v),
            Some(Err(e)) => { *self.error = Some(e); None }
            None => None,
        }
    }
}
impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {
    fn from_iter<I: IntoIterator<Item = Result<A, E>>>(iter: I) -> Result<V, E> {
        let mut error = None;
        let v: V = ResultShunt { iter: iter.into_iter(), error: &mut error }.collect();
        match error { Some(e) => Err(e), None => Ok(v) }
    }
}
/// Collecting `Option`s: stops at the first `None`.
struct OptionShunt<'a, I> { iter: I, none: &'a mut bool }
impl<'a, A, I: Iterator<Item = Option<A>>> Iterator for OptionShunt<'a, I> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        match self.iter.next() {
            Some(Some(v)) => Some(v),
            Some(None) => { *self.none = true; None }
            None => None,
        }
    }
}
impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn from_iter<I: IntoIterator<Item = Option<A>>>(iter: I) -> Option<V> {
        let mut none = false;
        let v: V = OptionShunt { iter: iter.into_iter(), none: &mut none }.collect();
        if none { None } else { Some(v) }
    }
}

pub mod error {
    /// `std::error::Error`; `?` boxes any error into `Box<dyn Error>` through the `From` impl below.
    pub trait Error: crate::fmt::Debug + crate::fmt::Display {
        /// The lower-level error, if any (std's default: none).
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            None
        }
    }
    /// std's `impl dyn Error + 'static`: the concrete type behind the trait object, compared at run time.
    impl dyn Error {
        #[builtin = "Error::downcast_ref"] pub fn downcast_ref<T: Error + 'static>(&self) -> Option<&T>;
        #[builtin = "Error::downcast_ref"] pub fn downcast_mut<T: Error + 'static>(&mut self) -> Option<&mut T>;
        #[builtin = "Error::is"] pub fn is<T: Error + 'static>(&self) -> bool;
    }
    impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {
        fn from(e: E) -> Box<dyn Error + 'a> { Box::new(e) }
    }
    struct StringError(String);
    impl crate::fmt::Debug for StringError {
        fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result { crate::fmt::Debug::fmt(&self.0, f) }
    }
    impl crate::fmt::Display for StringError {
        fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result { crate::fmt::Display::fmt(&self.0, f) }
    }
    impl Error for StringError {}
    impl<'a> From<&str> for Box<dyn Error + 'a> {
        fn from(s: &str) -> Box<dyn Error + 'a> { Box::new(StringError(String::from(s))) }
    }
    impl<'a> From<String> for Box<dyn Error + 'a> {
        fn from(s: String) -> Box<dyn Error + 'a> { Box::new(StringError(s)) }
    }
    // `dyn Error + Send + Sync` is another type than `dyn Error`: std gives it the same conversions and methods
    impl dyn Error + Send + Sync {
        #[builtin = "Error::downcast_ref"] pub fn downcast_ref<T: Error + 'static>(&self) -> Option<&T>;
        #[builtin = "Error::downcast_ref"] pub fn downcast_mut<T: Error + 'static>(&mut self) -> Option<&mut T>;
        #[builtin = "Error::is"] pub fn is<T: Error + 'static>(&self) -> bool;
    }
    impl<'a, E: Error + Send + Sync + 'a> From<E> for Box<dyn Error + Send + Sync + 'a> {
        fn from(e: E) -> Box<dyn Error + Send + Sync + 'a> { Box::new(e) }
    }
    impl<'a> From<&str> for Box<dyn Error + Send + Sync + 'a> {
        fn from(s: &str) -> Box<dyn Error + Send + Sync + 'a> { Box::new(StringError(String::from(s))) }
    }
    impl<'a> From<String> for Box<dyn Error + Send + Sync + 'a> {
        fn from(s: String) -> Box<dyn Error + Send + Sync + 'a> { Box::new(StringError(s)) }
    }
    impl Error for crate::ParseIntError {}
    impl Error for crate::ParseFloatError {}
    impl Error for crate::ParseBoolError {}
    impl Error for crate::ParseCharError {}
    impl Error for crate::fmt::Error {}
}


// `std::f64::consts` and `std::f32::consts`: the constants the Book's programs use.
pub mod float_f64 {
    pub mod consts {
        pub const PI: f64 = 3.14159265358979323846264338327950288;
        pub const TAU: f64 = 6.28318530717958647692528676655900577;
        pub const E: f64 = 2.71828182845904523536028747135266250;
        pub const SQRT_2: f64 = 1.41421356237309504880168872420969808;
        pub const LN_2: f64 = 0.693147180559945309417232121458176568;
        pub const LN_10: f64 = 2.30258509299404568401799145468436421;
        pub const FRAC_PI_2: f64 = 1.57079632679489661923132169163975144;
        pub const FRAC_PI_4: f64 = 0.785398163397448309615660845819875721;
    }
}
pub mod float_f32 {
    pub mod consts {
        pub const PI: f32 = 3.14159265358979323846264338327950288;
        pub const TAU: f32 = 6.28318530717958647692528676655900577;
        pub const E: f32 = 2.71828182845904523536028747135266250;
        pub const SQRT_2: f32 = 1.41421356237309504880168872420969808;
        pub const LN_2: f32 = 0.693147180559945309417232121458176568;
        pub const LN_10: f32 = 2.30258509299404568401799145468436421;
        pub const FRAC_PI_2: f32 = 1.57079632679489661923132169163975144;
        pub const FRAC_PI_4: f32 = 0.785398163397448309615660845819875721;
    }
}

/// `HashMap::into_keys` / `into_values`: a consuming map iterator keeping one half of each entry.
pub struct IntoKeys<K, V> {
    iter: MapIntoIter<K, V>,
}
pub struct IntoValues<K, V> {
    iter: MapIntoIter<K, V>,
}
impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;
    fn next(&mut self) -> Option<K> {
        match self.iter.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}
impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;
    fn next(&mut self) -> Option<V> {
        match self.iter.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}
impl<K, V> HashMap<K, V> {
    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { iter: self.into_iter() }
    }
    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { iter: self.into_iter() }
    }
}

/// `BTreeMap::into_keys` / `into_values`: the same over the sorted entries, from either end.
pub struct BTreeIntoKeys<K, V> {
    iter: BTreeIntoIter<K, V>,
}
pub struct BTreeIntoValues<K, V> {
    iter: BTreeIntoIter<K, V>,
}
impl<K, V> Iterator for BTreeIntoKeys<K, V> {
    type Item = K;
    fn next(&mut self) -> Option<K> {
        match self.iter.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}
impl<K, V> DoubleEndedIterator for BTreeIntoKeys<K, V> {
    fn next_back(&mut self) -> Option<K> {
        match self.iter.next_back() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}
impl<K, V> Iterator for BTreeIntoValues<K, V> {
    type Item = V;
    fn next(&mut self) -> Option<V> {
        match self.iter.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}
impl<K, V> DoubleEndedIterator for BTreeIntoValues<K, V> {
    fn next_back(&mut self) -> Option<V> {
        match self.iter.next_back() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}
impl<K, V> BTreeMap<K, V> {
    pub fn into_keys(self) -> BTreeIntoKeys<K, V> {
        BTreeIntoKeys { iter: self.into_iter() }
    }
    pub fn into_values(self) -> BTreeIntoValues<K, V> {
        BTreeIntoValues { iter: self.into_iter() }
    }
}

/// `char::to_uppercase` / `to_lowercase`: up to three chars, produced one at a time.
pub struct ToUppercase {
    c: char,
    pos: usize,
    len: usize,
}
pub struct ToLowercase {
    c: char,
    pos: usize,
    len: usize,
}
#[builtin = "char::case_len"]
fn char_case_len(c: char, upper: bool) -> usize;
#[builtin = "char::case_at"]
fn char_case_at(c: char, upper: bool, i: usize) -> char;
impl char {
    pub fn to_uppercase(self) -> ToUppercase {
        ToUppercase { c: self, pos: 0, len: char_case_len(self, true) }
    }
    pub fn to_lowercase(self) -> ToLowercase {
        ToLowercase { c: self, pos: 0, len: char_case_len(self, false) }
    }
}
impl Iterator for ToUppercase {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.pos < self.len {
            self.pos += 1;
            Some(char_case_at(self.c, true, self.pos - 1))
        } else {
            None
        }
    }
}
impl Iterator for ToLowercase {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.pos < self.len {
            self.pos += 1;
            Some(char_case_at(self.c, false, self.pos - 1))
        } else {
            None
        }
    }
}
impl fmt::Display for ToUppercase {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut i = self.pos;
        while i < self.len {
            write!(f, "{}", char_case_at(self.c, true, i))?;
            i += 1;
        }
        Ok(())
    }
}
impl fmt::Display for ToLowercase {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut i = self.pos;
        while i < self.len {
            write!(f, "{}", char_case_at(self.c, false, i))?;
            i += 1;
        }
        Ok(())
    }
}

/// The element types `[S]::concat` accepts, with what it produces.
pub trait SliceConcat {
    type Output;
}
impl SliceConcat for String { type Output = String; }
impl<'a> SliceConcat for &'a str { type Output = String; }
impl<T: Clone> SliceConcat for Vec<T> { type Output = Vec<T>; }
impl<'a, T: Clone> SliceConcat for &'a [T] { type Output = Vec<T>; }
impl<T: Clone> SliceConcat for [T; N] { type Output = Vec<T>; }
/// The element types `[S]::join(&str)` accepts.
pub trait SliceJoinStr {}
impl SliceJoinStr for String {}
impl<'a> SliceJoinStr for &'a str {}

/// `std::cmp::Reverse`: orders its value the other way round.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, Default)]
pub struct Reverse<T>(pub T);
impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}
impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering {
        other.0.cmp(&self.0)
    }
}

/// Summing or multiplying `Option`s / `Result`s: stops at the first `None` / `Err` (std's shunt).
impl<T, U: Sum<T>> Sum<Option<T>> for Option<U> {
    fn sum<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        let mut none = false;
        let v: U = U::sum(OptionShunt { iter: iter, none: &mut none });
        if none { None } else { Some(v) }
    }
}
impl<T, U: Product<T>> Product<Option<T>> for Option<U> {
    fn product<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        let mut none = false;
        let v: U = U::product(OptionShunt { iter: iter, none: &mut none });
        if none { None } else { Some(v) }
    }
}
impl<T, U: Sum<T>, E> Sum<Result<T, E>> for Result<U, E> {
    fn sum<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error = None;
        let v: U = U::sum(ResultShunt { iter: iter, error: &mut error });
        match error { Some(e) => Err(e), None => Ok(v) }
    }
}
impl<T, U: Product<T>, E> Product<Result<T, E>> for Result<U, E> {
    fn product<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error = None;
        let v: U = U::product(ResultShunt { iter: iter, error: &mut error });
        match error { Some(e) => Err(e), None => Ok(v) }
    }
}

impl<'a> Extend<&'a char> for String {
    fn extend_one(&mut self, item: &'a char) {
        self.push(*item);
    }
    fn extend_reserve(&mut self, additional: usize) {
        self.reserve(additional);
    }
}

/// `std::iter::repeat`, `repeat_n`, `once`, `empty`, `from_fn` and `successors`.
pub struct Repeat<T> {
    item: T,
}
impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        Some(self.item.clone())
    }
}
pub fn repeat<T: Clone>(item: T) -> Repeat<T> {
    Repeat { item: item }
}
/// std's RepeatN: clones for all items but the last, which is the element itself.
pub struct RepeatN<T> {
    element: Option<T>,
    count: usize,
}
impl<T: Clone> Iterator for RepeatN<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.count > 1 {
            self.count -= 1;
            self.element.clone()
        } else if self.count == 1 {
            self.count = 0;
            self.element.take()
        } else {
            None
        }
    }
}
pub fn repeat_n<T: Clone>(element: T, count: usize) -> RepeatN<T> {
    RepeatN { element: if count == 0 { None } else { Some(element) }, count: count }
}
pub struct Once<T> {
    inner: Option<T>,
}
impl<T> Iterator for Once<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.inner.take()
    }
}
pub fn once<T>(value: T) -> Once<T> {
    Once { inner: Some(value) }
}
pub struct Empty<T> {
    inner: Option<T>,
}
impl<T> Iterator for Empty<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        None
    }
}
pub fn empty<T>() -> Empty<T> {
    Empty { inner: None }
}
pub struct FromFn<F> {
    f: F,
}
impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        (self.f)()
    }
}
pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F> {
    FromFn { f: f }
}
pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}
impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let item = self.next.take()?;
        self.next = (self.succ)(&item);
        Some(item)
    }
}
pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
    Successors { next: first, succ: succ }
}

// Methods written in Rust over the modelled ones, following std's algorithms so that the closures
// they are given are called as often and in the same order as in the real program.
impl<T> [T] {
    // As std: the closure's argument borrows for the slice's own lifetime (not any), so a key may borrow from it.
    pub fn binary_search_by<'a, F: FnMut(&'a T) -> Ordering>(&'a self, mut f: F) -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            if f(&self[base + half]) != Ordering::Greater {
                base = base + half;
            }
            size = size - half;
        }
        match f(&self[base]) {
            Ordering::Equal => Ok(base),
            Ordering::Less => Err(base + 1),
            Ordering::Greater => Err(base),
        }
    }
    pub fn binary_search_by_key<'a, B: Ord, F: FnMut(&'a T) -> B>(&'a self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|k| f(k).cmp(b))
    }
    pub fn split<F: FnMut(&T) -> bool>(&self, pred: F) -> SliceSplit<'_, T, F> {
        SliceSplit { v: self, pred: pred, finished: false }
    }
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, mut pred: P) -> usize {
        match self.binary_search_by(|x| if pred(x) { Ordering::Less } else { Ordering::Greater }) {
            Ok(i) => i,
            Err(i) => i,
        }
    }
    pub fn is_sorted(&self) -> bool where T: PartialOrd {
        let mut i = 1;
        while i < self.len() {
            if !(self[i - 1] <= self[i]) {
                return false;
            }
            i += 1;
        }
        true
    }
}
impl AsRef<str> for String {
    fn as_ref(&self) -> &str { self.as_str() }
}
impl AsRef<[u8]> for String {
    fn as_ref(&self) -> &[u8] { self.as_bytes() }
}
impl AsRef<str> for str {
    fn as_ref(&self) -> &str { self }
}
impl AsRef<[u8]> for str {
    fn as_ref(&self) -> &[u8] { self.as_bytes() }
}
impl<T> AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] { self.as_slice() }
}
impl<T> AsRef<Vec<T>> for Vec<T> {
    fn as_ref(&self) -> &Vec<T> { self }
}
impl<'a, T: ?Sized + AsRef<U>, U: ?Sized> AsRef<U> for &'a T {
    fn as_ref(&self) -> &U { (**self).as_ref() }
}
impl str {
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        (&self[..mid], &self[mid..])
    }
}
impl f64 {
    // std's bodies: the remainder never negative, the quotient rounded to match it.
    pub fn rem_euclid(self, rhs: f64) -> f64 {
        let r = self % rhs;
        if r < 0.0 { r + rhs.abs() } else { r }
    }
    pub fn div_euclid(self, rhs: f64) -> f64 {
        let q = (self / rhs).trunc();
        if self % rhs < 0.0 {
            return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
        }
        q
    }
    pub fn total_cmp(&self, other: &f64) -> Ordering {
        let mut left = self.to_bits() as i64;
        let mut right = other.to_bits() as i64;
        left ^= (((left >> 63) as u64) >> 1) as i64;
        right ^= (((right >> 63) as u64) >> 1) as i64;
        left.cmp(&right)
    }
    pub fn clamp(self, min: f64, max: f64) -> f64 {
        assert!(min <= max, "min > max, or either was NaN. min = {min:?}, max = {max:?}");
        let mut x = self;
        if x < min {
            x = min;
        }
        if x > max {
            x = max;
        }
        x
    }
}
impl f32 {
    // std's bodies: the remainder never negative, the quotient rounded to match it.
    pub fn rem_euclid(self, rhs: f32) -> f32 {
        let r = self % rhs;
        if r < 0.0 { r + rhs.abs() } else { r }
    }
    pub fn div_euclid(self, rhs: f32) -> f32 {
        let q = (self / rhs).trunc();
        if self % rhs < 0.0 {
            return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
        }
        q
    }
    pub fn total_cmp(&self, other: &f32) -> Ordering {
        let mut left = self.to_bits() as i32;
        let mut right = other.to_bits() as i32;
        left ^= (((left >> 31) as u32) >> 1) as i32;
        right ^= (((right >> 31) as u32) >> 1) as i32;
        left.cmp(&right)
    }
    pub fn clamp(self, min: f32, max: f32) -> f32 {
        assert!(min <= max, "min > max, or either was NaN. min = {min:?}, max = {max:?}");
        let mut x = self;
        if x < min {
            x = min;
        }
        if x > max {
            x = max;
        }
        x
    }
}
// The primitives' own clamp (#[track_caller], and a message showing the bounds).
impl i8 {
    #[track_caller]
    pub fn clamp(self, min: i8, max: i8) -> i8 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl i16 {
    #[track_caller]
    pub fn clamp(self, min: i16, max: i16) -> i16 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl i32 {
    #[track_caller]
    pub fn clamp(self, min: i32, max: i32) -> i32 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl i64 {
    #[track_caller]
    pub fn clamp(self, min: i64, max: i64) -> i64 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl i128 {
    #[track_caller]
    pub fn clamp(self, min: i128, max: i128) -> i128 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl isize {
    #[track_caller]
    pub fn clamp(self, min: isize, max: isize) -> isize {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl u8 {
    #[track_caller]
    pub fn clamp(self, min: u8, max: u8) -> u8 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl u16 {
    #[track_caller]
    pub fn clamp(self, min: u16, max: u16) -> u16 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl u32 {
    #[track_caller]
    pub fn clamp(self, min: u32, max: u32) -> u32 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl u64 {
    #[track_caller]
    pub fn clamp(self, min: u64, max: u64) -> u64 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl u128 {
    #[track_caller]
    pub fn clamp(self, min: u128, max: u128) -> u128 {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl usize {
    #[track_caller]
    pub fn clamp(self, min: usize, max: usize) -> usize {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl char {
    #[track_caller]
    pub fn clamp(self, min: char, max: char) -> char {
        assert!(min <= max, "min > max. min = {min:?}, max = {max:?}");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}
impl<'a> Default for &'a str {
    fn default() -> &'a str {
        ""
    }
}

/// What `try_fold` accepts as its closure's result (std's unstable `Try`): Option and Result.
pub trait TryFlow: Sized {
    type Output;
    fn from_output(output: Self::Output) -> Self;
    /// `Ok(value)` to go on, `Err(self)` to stop and return it.
    fn branch(self) -> Result<Self::Output, Self>;
}

impl<T> TryFlow for Option<T> {
    type Output = T;
    fn from_output(output: T) -> Option<T> {
        Some(output)
    }
    fn branch(self) -> Result<T, Option<T>> {
        match self {
            Some(v) => Ok(v),
            None => Err(None),
        }
    }
}

impl<T, E> TryFlow for Result<T, E> {
    type Output = T;
    fn from_output(output: T) -> Result<T, E> {
        Ok(output)
    }
    fn branch(self) -> Result<T, Result<T, E>> {
        match self {
            Ok(v) => Ok(v),
            Err(e) => Err(Err(e)),
        }
    }
}

/// What slices' `get`/`get_mut` take (std's `SliceIndex`): a position gives an element, a range a sub-slice.
pub trait SliceIndex<S: ?Sized> {
    type Output: ?Sized;
}
impl<T> SliceIndex<[T]> for usize { type Output = T; }
impl<T> SliceIndex<[T]> for Range<usize> { type Output = [T]; }
impl<T> SliceIndex<[T]> for RangeInclusive<usize> { type Output = [T]; }
impl<T> SliceIndex<[T]> for RangeFrom<usize> { type Output = [T]; }
impl<T> SliceIndex<[T]> for RangeTo<usize> { type Output = [T]; }
impl<T> SliceIndex<[T]> for RangeToInclusive<usize> { type Output = [T]; }
impl<T> SliceIndex<[T]> for RangeFull { type Output = [T]; }

// ---- conversions between numbers (std's From/TryFrom impls, the 128-bit ones at the end of the file) ----------------

impl From<i16> for i32 { fn from(v: i16) -> i32 { v as i32 } }
impl From<i16> for i64 { fn from(v: i16) -> i64 { v as i64 } }
impl From<i16> for isize { fn from(v: i16) -> isize { v as isize } }
impl From<i32> for i64 { fn from(v: i32) -> i64 { v as i64 } }
impl From<i8> for i16 { fn from(v: i8) -> i16 { v as i16 } }
impl From<i8> for i32 { fn from(v: i8) -> i32 { v as i32 } }
impl From<i8> for i64 { fn from(v: i8) -> i64 { v as i64 } }
impl From<i8> for isize { fn from(v: i8) -> isize { v as isize } }
impl From<u16> for i32 { fn from(v: u16) -> i32 { v as i32 } }
impl From<u16> for i64 { fn from(v: u16) -> i64 { v as i64 } }
impl From<u16> for u32 { fn from(v: u16) -> u32 { v as u32 } }
impl From<u16> for u64 { fn from(v: u16) -> u64 { v as u64 } }
impl From<u16> for usize { fn from(v: u16) -> usize { v as usize } }
impl From<u32> for i64 { fn from(v: u32) -> i64 { v as i64 } }
impl From<u32> for u64 { fn from(v: u32) -> u64 { v as u64 } }
impl From<u8> for i16 { fn from(v: u8) -> i16 { v as i16 } }
impl From<u8> for i32 { fn from(v: u8) -> i32 { v as i32 } }
impl From<u8> for i64 { fn from(v: u8) -> i64 { v as i64 } }
impl From<u8> for isize { fn from(v: u8) -> isize { v as isize } }
impl From<u8> for u16 { fn from(v: u8) -> u16 { v as u16 } }
impl From<u8> for u32 { fn from(v: u8) -> u32 { v as u32 } }
impl From<u8> for u64 { fn from(v: u8) -> u64 { v as u64 } }
impl From<u8> for usize { fn from(v: u8) -> usize { v as usize } }
impl From<i8> for f32 { fn from(v: i8) -> f32 { v as f32 } }
impl From<i8> for f64 { fn from(v: i8) -> f64 { v as f64 } }
impl From<u8> for f32 { fn from(v: u8) -> f32 { v as f32 } }
impl From<u8> for f64 { fn from(v: u8) -> f64 { v as f64 } }
impl From<i16> for f32 { fn from(v: i16) -> f32 { v as f32 } }
impl From<i16> for f64 { fn from(v: i16) -> f64 { v as f64 } }
impl From<u16> for f32 { fn from(v: u16) -> f32 { v as f32 } }
impl From<u16> for f64 { fn from(v: u16) -> f64 { v as f64 } }
impl From<i32> for f64 { fn from(v: i32) -> f64 { v as f64 } }
impl From<u32> for f64 { fn from(v: u32) -> f64 { v as f64 } }
impl From<f32> for f64 { fn from(v: f32) -> f64 { v as f64 } }
impl From<bool> for i8 { fn from(v: bool) -> i8 { v as i8 } }
impl From<bool> for i16 { fn from(v: bool) -> i16 { v as i16 } }
impl From<bool> for i32 { fn from(v: bool) -> i32 { v as i32 } }
impl From<bool> for i64 { fn from(v: bool) -> i64 { v as i64 } }
impl From<bool> for isize { fn from(v: bool) -> isize { v as isize } }
impl From<bool> for u8 { fn from(v: bool) -> u8 { v as u8 } }
impl From<bool> for u16 { fn from(v: bool) -> u16 { v as u16 } }
impl From<bool> for u32 { fn from(v: bool) -> u32 { v as u32 } }
impl From<bool> for u64 { fn from(v: bool) -> u64 { v as u64 } }
impl From<bool> for usize { fn from(v: bool) -> usize { v as usize } }
impl From<char> for u32 { fn from(c: char) -> u32 { c as u32 } }
impl From<char> for u64 { fn from(c: char) -> u64 { c as u64 } }

pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}

pub trait TryInto<T>: Sized {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}

/// The error of conversions that cannot fail (std's `convert::Infallible`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Infallible {}

impl fmt::Display for Infallible {
    fn fmt(&self, _f: &mut fmt::Formatter) -> fmt::Result {
        match *self {}
    }
}

impl<T, U: Into<T>> TryFrom<U> for T {
    type Error = Infallible;
    fn try_from(value: U) -> Result<T, Infallible> {
        Ok(U::into(value))
    }
}

impl<T, U: TryFrom<T>> TryInto<U> for T {
    type Error = U::Error;
    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}

/// The error of a checked integer conversion (`u8::try_from(300)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TryFromIntError(());

impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad("out of range integral type conversion attempted")
    }
}

impl error::Error for TryFromIntError {}

// A value fits when the round trip gives it back with its sign.
impl TryFrom<i8> for u8 { type Error = TryFromIntError; fn try_from(v: i8) -> Result<u8, TryFromIntError> { let d = v as u8; if d as i8 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i8> for u16 { type Error = TryFromIntError; fn try_from(v: i8) -> Result<u16, TryFromIntError> { let d = v as u16; if d as i8 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i8> for u32 { type Error = TryFromIntError; fn try_from(v: i8) -> Result<u32, TryFromIntError> { let d = v as u32; if d as i8 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i8> for u64 { type Error = TryFromIntError; fn try_from(v: i8) -> Result<u64, TryFromIntError> { let d = v as u64; if d as i8 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i8> for usize { type Error = TryFromIntError; fn try_from(v: i8) -> Result<usize, TryFromIntError> { let d = v as usize; if d as i8 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i16> for i8 { type Error = TryFromIntError; fn try_from(v: i16) -> Result<i8, TryFromIntError> { let d = v as i8; if d as i16 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i16> for u8 { type Error = TryFromIntError; fn try_from(v: i16) -> Result<u8, TryFromIntError> { let d = v as u8; if d as i16 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i16> for u16 { type Error = TryFromIntError; fn try_from(v: i16) -> Result<u16, TryFromIntError> { let d = v as u16; if d as i16 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i16> for u32 { type Error = TryFromIntError; fn try_from(v: i16) -> Result<u32, TryFromIntError> { let d = v as u32; if d as i16 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i16> for u64 { type Error = TryFromIntError; fn try_from(v: i16) -> Result<u64, TryFromIntError> { let d = v as u64; if d as i16 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i16> for usize { type Error = TryFromIntError; fn try_from(v: i16) -> Result<usize, TryFromIntError> { let d = v as usize; if d as i16 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i32> for i8 { type Error = TryFromIntError; fn try_from(v: i32) -> Result<i8, TryFromIntError> { let d = v as i8; if d as i32 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i32> for i16 { type Error = TryFromIntError; fn try_from(v: i32) -> Result<i16, TryFromIntError> { let d = v as i16; if d as i32 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i32> for isize { type Error = TryFromIntError; fn try_from(v: i32) -> Result<isize, TryFromIntError> { let d = v as isize; if d as i32 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i32> for u8 { type Error = TryFromIntError; fn try_from(v: i32) -> Result<u8, TryFromIntError> { let d = v as u8; if d as i32 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i32> for u16 { type Error = TryFromIntError; fn try_from(v: i32) -> Result<u16, TryFromIntError> { let d = v as u16; if d as i32 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i32> for u32 { type Error = TryFromIntError; fn try_from(v: i32) -> Result<u32, TryFromIntError> { let d = v as u32; if d as i32 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i32> for u64 { type Error = TryFromIntError; fn try_from(v: i32) -> Result<u64, TryFromIntError> { let d = v as u64; if d as i32 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i32> for usize { type Error = TryFromIntError; fn try_from(v: i32) -> Result<usize, TryFromIntError> { let d = v as usize; if d as i32 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for i8 { type Error = TryFromIntError; fn try_from(v: i64) -> Result<i8, TryFromIntError> { let d = v as i8; if d as i64 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for i16 { type Error = TryFromIntError; fn try_from(v: i64) -> Result<i16, TryFromIntError> { let d = v as i16; if d as i64 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for i32 { type Error = TryFromIntError; fn try_from(v: i64) -> Result<i32, TryFromIntError> { let d = v as i32; if d as i64 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for isize { type Error = TryFromIntError; fn try_from(v: i64) -> Result<isize, TryFromIntError> { let d = v as isize; if d as i64 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for u8 { type Error = TryFromIntError; fn try_from(v: i64) -> Result<u8, TryFromIntError> { let d = v as u8; if d as i64 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for u16 { type Error = TryFromIntError; fn try_from(v: i64) -> Result<u16, TryFromIntError> { let d = v as u16; if d as i64 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for u32 { type Error = TryFromIntError; fn try_from(v: i64) -> Result<u32, TryFromIntError> { let d = v as u32; if d as i64 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for u64 { type Error = TryFromIntError; fn try_from(v: i64) -> Result<u64, TryFromIntError> { let d = v as u64; if d as i64 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for usize { type Error = TryFromIntError; fn try_from(v: i64) -> Result<usize, TryFromIntError> { let d = v as usize; if d as i64 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for i8 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<i8, TryFromIntError> { let d = v as i8; if d as isize == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for i16 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<i16, TryFromIntError> { let d = v as i16; if d as isize == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for i32 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<i32, TryFromIntError> { let d = v as i32; if d as isize == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for i64 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<i64, TryFromIntError> { let d = v as i64; if d as isize == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for u8 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<u8, TryFromIntError> { let d = v as u8; if d as isize == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for u16 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<u16, TryFromIntError> { let d = v as u16; if d as isize == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for u32 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<u32, TryFromIntError> { let d = v as u32; if d as isize == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for u64 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<u64, TryFromIntError> { let d = v as u64; if d as isize == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for usize { type Error = TryFromIntError; fn try_from(v: isize) -> Result<usize, TryFromIntError> { let d = v as usize; if d as isize == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u8> for i8 { type Error = TryFromIntError; fn try_from(v: u8) -> Result<i8, TryFromIntError> { let d = v as i8; if d as u8 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u16> for i8 { type Error = TryFromIntError; fn try_from(v: u16) -> Result<i8, TryFromIntError> { let d = v as i8; if d as u16 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u16> for i16 { type Error = TryFromIntError; fn try_from(v: u16) -> Result<i16, TryFromIntError> { let d = v as i16; if d as u16 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u16> for isize { type Error = TryFromIntError; fn try_from(v: u16) -> Result<isize, TryFromIntError> { let d = v as isize; if d as u16 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u16> for u8 { type Error = TryFromIntError; fn try_from(v: u16) -> Result<u8, TryFromIntError> { let d = v as u8; if d as u16 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u32> for i8 { type Error = TryFromIntError; fn try_from(v: u32) -> Result<i8, TryFromIntError> { let d = v as i8; if d as u32 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u32> for i16 { type Error = TryFromIntError; fn try_from(v: u32) -> Result<i16, TryFromIntError> { let d = v as i16; if d as u32 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u32> for i32 { type Error = TryFromIntError; fn try_from(v: u32) -> Result<i32, TryFromIntError> { let d = v as i32; if d as u32 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u32> for isize { type Error = TryFromIntError; fn try_from(v: u32) -> Result<isize, TryFromIntError> { let d = v as isize; if d as u32 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u32> for u8 { type Error = TryFromIntError; fn try_from(v: u32) -> Result<u8, TryFromIntError> { let d = v as u8; if d as u32 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u32> for u16 { type Error = TryFromIntError; fn try_from(v: u32) -> Result<u16, TryFromIntError> { let d = v as u16; if d as u32 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u32> for usize { type Error = TryFromIntError; fn try_from(v: u32) -> Result<usize, TryFromIntError> { let d = v as usize; if d as u32 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u64> for i8 { type Error = TryFromIntError; fn try_from(v: u64) -> Result<i8, TryFromIntError> { let d = v as i8; if d as u64 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u64> for i16 { type Error = TryFromIntError; fn try_from(v: u64) -> Result<i16, TryFromIntError> { let d = v as i16; if d as u64 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u64> for i32 { type Error = TryFromIntError; fn try_from(v: u64) -> Result<i32, TryFromIntError> { let d = v as i32; if d as u64 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u64> for i64 { type Error = TryFromIntError; fn try_from(v: u64) -> Result<i64, TryFromIntError> { let d = v as i64; if d as u64 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u64> for isize { type Error = TryFromIntError; fn try_from(v: u64) -> Result<isize, TryFromIntError> { let d = v as isize; if d as u64 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u64> for u8 { type Error = TryFromIntError; fn try_from(v: u64) -> Result<u8, TryFromIntError> { let d = v as u8; if d as u64 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u64> for u16 { type Error = TryFromIntError; fn try_from(v: u64) -> Result<u16, TryFromIntError> { let d = v as u16; if d as u64 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u64> for u32 { type Error = TryFromIntError; fn try_from(v: u64) -> Result<u32, TryFromIntError> { let d = v as u32; if d as u64 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u64> for usize { type Error = TryFromIntError; fn try_from(v: u64) -> Result<usize, TryFromIntError> { let d = v as usize; if d as u64 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for i8 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<i8, TryFromIntError> { let d = v as i8; if d as usize == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for i16 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<i16, TryFromIntError> { let d = v as i16; if d as usize == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for i32 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<i32, TryFromIntError> { let d = v as i32; if d as usize == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for i64 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<i64, TryFromIntError> { let d = v as i64; if d as usize == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for isize { type Error = TryFromIntError; fn try_from(v: usize) -> Result<isize, TryFromIntError> { let d = v as isize; if d as usize == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for u8 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<u8, TryFromIntError> { let d = v as u8; if d as usize == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for u16 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<u16, TryFromIntError> { let d = v as u16; if d as usize == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for u32 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<u32, TryFromIntError> { let d = v as u32; if d as usize == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for u64 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<u64, TryFromIntError> { let d = v as u64; if d as usize == v { Ok(d) } else { Err(TryFromIntError(())) } } }

// std's `From<T>` for the owning pointers: `Rc::from(v)`, `let b: Box<T> = v.into()`.
impl<T> From<T> for Box<T> {
    fn from(t: T) -> Box<T> {
        Box::new(t)
    }
}
impl<T> From<T> for Rc<T> {
    fn from(t: T) -> Rc<T> {
        Rc::new(t)
    }
}
impl<T> From<T> for Arc<T> {
    fn from(t: T) -> Arc<T> {
        Arc::new(t)
    }
}

// `"text".into()` as a `Box<str>`: one allocation of exactly the text's length, as std's.
impl<'a> From<&'a str> for Box<str> {
    fn from(s: &'a str) -> Box<str> {
        String::from(s).into_boxed_str()
    }
}

// `'x'.into()` as a `String`: one allocation of exactly the character's UTF-8 length, as std's
// (`String::from(c.encode_utf8(&mut [0; 4]))`).
impl From<char> for String {
    fn from(c: char) -> String {
        let mut s = String::with_capacity(c.len_utf8());
        s.push(c);
        s
    }
}

// 128-bit conversions (std's From for the lossless ones, TryFrom otherwise).
impl From<i16> for i128 { fn from(v: i16) -> i128 { v as i128 } }
impl From<i32> for i128 { fn from(v: i32) -> i128 { v as i128 } }
impl From<i64> for i128 { fn from(v: i64) -> i128 { v as i128 } }
impl From<i8> for i128 { fn from(v: i8) -> i128 { v as i128 } }
impl From<u16> for i128 { fn from(v: u16) -> i128 { v as i128 } }
impl From<u32> for i128 { fn from(v: u32) -> i128 { v as i128 } }
impl From<u64> for i128 { fn from(v: u64) -> i128 { v as i128 } }
impl From<u8> for i128 { fn from(v: u8) -> i128 { v as i128 } }
impl From<u16> for u128 { fn from(v: u16) -> u128 { v as u128 } }
impl From<u32> for u128 { fn from(v: u32) -> u128 { v as u128 } }
impl From<u64> for u128 { fn from(v: u64) -> u128 { v as u128 } }
impl From<u8> for u128 { fn from(v: u8) -> u128 { v as u128 } }
impl From<bool> for i128 { fn from(v: bool) -> i128 { v as i128 } }
impl From<bool> for u128 { fn from(v: bool) -> u128 { v as u128 } }
impl From<char> for u128 { fn from(v: char) -> u128 { v as u128 } }
impl TryFrom<i8> for u128 { type Error = TryFromIntError; fn try_from(v: i8) -> Result<u128, TryFromIntError> { let d = v as u128; if d as i8 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i16> for u128 { type Error = TryFromIntError; fn try_from(v: i16) -> Result<u128, TryFromIntError> { let d = v as u128; if d as i16 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i32> for u128 { type Error = TryFromIntError; fn try_from(v: i32) -> Result<u128, TryFromIntError> { let d = v as u128; if d as i32 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i64> for u128 { type Error = TryFromIntError; fn try_from(v: i64) -> Result<u128, TryFromIntError> { let d = v as u128; if d as i64 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for i128 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<i128, TryFromIntError> { let d = v as i128; if d as isize == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<isize> for u128 { type Error = TryFromIntError; fn try_from(v: isize) -> Result<u128, TryFromIntError> { let d = v as u128; if d as isize == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for i128 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<i128, TryFromIntError> { let d = v as i128; if d as usize == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<usize> for u128 { type Error = TryFromIntError; fn try_from(v: usize) -> Result<u128, TryFromIntError> { let d = v as u128; if d as usize == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for i8 { type Error = TryFromIntError; fn try_from(v: i128) -> Result<i8, TryFromIntError> { let d = v as i8; if d as i128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for i16 { type Error = TryFromIntError; fn try_from(v: i128) -> Result<i16, TryFromIntError> { let d = v as i16; if d as i128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for i32 { type Error = TryFromIntError; fn try_from(v: i128) -> Result<i32, TryFromIntError> { let d = v as i32; if d as i128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for i64 { type Error = TryFromIntError; fn try_from(v: i128) -> Result<i64, TryFromIntError> { let d = v as i64; if d as i128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for isize { type Error = TryFromIntError; fn try_from(v: i128) -> Result<isize, TryFromIntError> { let d = v as isize; if d as i128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for u8 { type Error = TryFromIntError; fn try_from(v: i128) -> Result<u8, TryFromIntError> { let d = v as u8; if d as i128 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for u16 { type Error = TryFromIntError; fn try_from(v: i128) -> Result<u16, TryFromIntError> { let d = v as u16; if d as i128 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for u32 { type Error = TryFromIntError; fn try_from(v: i128) -> Result<u32, TryFromIntError> { let d = v as u32; if d as i128 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for u64 { type Error = TryFromIntError; fn try_from(v: i128) -> Result<u64, TryFromIntError> { let d = v as u64; if d as i128 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for usize { type Error = TryFromIntError; fn try_from(v: i128) -> Result<usize, TryFromIntError> { let d = v as usize; if d as i128 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<i128> for u128 { type Error = TryFromIntError; fn try_from(v: i128) -> Result<u128, TryFromIntError> { let d = v as u128; if d as i128 == v && (v < 0) == (false) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for i8 { type Error = TryFromIntError; fn try_from(v: u128) -> Result<i8, TryFromIntError> { let d = v as i8; if d as u128 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for i16 { type Error = TryFromIntError; fn try_from(v: u128) -> Result<i16, TryFromIntError> { let d = v as i16; if d as u128 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for i32 { type Error = TryFromIntError; fn try_from(v: u128) -> Result<i32, TryFromIntError> { let d = v as i32; if d as u128 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for i64 { type Error = TryFromIntError; fn try_from(v: u128) -> Result<i64, TryFromIntError> { let d = v as i64; if d as u128 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for isize { type Error = TryFromIntError; fn try_from(v: u128) -> Result<isize, TryFromIntError> { let d = v as isize; if d as u128 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for u8 { type Error = TryFromIntError; fn try_from(v: u128) -> Result<u8, TryFromIntError> { let d = v as u8; if d as u128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for u16 { type Error = TryFromIntError; fn try_from(v: u128) -> Result<u16, TryFromIntError> { let d = v as u16; if d as u128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for u32 { type Error = TryFromIntError; fn try_from(v: u128) -> Result<u32, TryFromIntError> { let d = v as u32; if d as u128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for u64 { type Error = TryFromIntError; fn try_from(v: u128) -> Result<u64, TryFromIntError> { let d = v as u64; if d as u128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for usize { type Error = TryFromIntError; fn try_from(v: u128) -> Result<usize, TryFromIntError> { let d = v as usize; if d as u128 == v { Ok(d) } else { Err(TryFromIntError(())) } } }
impl TryFrom<u128> for i128 { type Error = TryFromIntError; fn try_from(v: u128) -> Result<i128, TryFromIntError> { let d = v as i128; if d as u128 == v && (false) == (d < 0) { Ok(d) } else { Err(TryFromIntError(())) } } }

/// `str::match_indices` / `rmatch_indices`: `matches` (from the front or the back) with each piece's offset.
pub struct MatchIndices<'a, P> {
    base: &'a str,
    inner: Split<'a, P>,
    back: bool,
}
#[builtin = "str::offset_in"]
fn str_offset_in(base: &str, piece: &str) -> usize;
#[builtin = "Split::next_back"]
fn split_next_back<'a, 'b, P>(s: &'b mut Split<'a, P>) -> Option<&'a str>;
impl str {
    pub fn match_indices<'a, P: Pattern>(&'a self, pat: P) -> MatchIndices<'a, P> {
        MatchIndices { base: self, inner: self.matches(pat), back: false }
    }
    pub fn rmatch_indices<'a, P: Pattern>(&'a self, pat: P) -> MatchIndices<'a, P> {
        MatchIndices { base: self, inner: self.matches(pat), back: true }
    }
}
impl<'a, P> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let piece = if self.back { split_next_back(&mut self.inner) } else { self.inner.next() };
        match piece {
            Some(m) => Some((str_offset_in(self.base, m), m)),
            None => None,
        }
    }
}

/// `<[T]>::rchunks`: chunks from the back, the shortest last.
pub struct RChunks<'a, T> {
    v: &'a [T],
    size: usize,
}
impl<T> [T] {
    pub fn rchunks(&self, chunk_size: usize) -> RChunks<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunks { v: self, size: chunk_size }
    }
}
impl<'a, T> Iterator for RChunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            return None;
        }
        let n = self.v.len();
        let take = if n < self.size { n } else { self.size };
        let (rest, chunk) = self.v.split_at(n - take);
        self.v = rest;
        Some(chunk)
    }
}

/// `<[T]>::sort_by_cached_key` as std: the keys with their indices in the smallest index type that makes
/// the pair smaller (one Vec of exactly `len` pairs), sorted unstably, then the elements swapped into place.
impl<T> [T] {
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
        let len = self.len();
        if len < 2 {
            return;
        }
        // rustc 1.95's std has only the u32 and usize variants (measured: a u8 key takes 8-byte pairs)
        let sz_u32 = mem::size_of::<(K, u32)>();
        let sz_usize = mem::size_of::<(K, usize)>();
        if sz_u32 < sz_usize && len <= 4294967295 {
            return sort_cached_u32(self, f);
        }
        sort_cached_usize(self, f)
    }
}
fn sort_cached_u32<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], f: F) {
    let mut indices: Vec<(K, u32)> = v.iter().map(f).enumerate().map(|(i, k)| (k, i as u32)).collect();
    indices.sort_unstable();
    for i in 0..v.len() {
        let mut index = indices[i].1;
        while (index as usize) < i {
            index = indices[index as usize].1;
        }
        indices[i].1 = index;
        v.swap(i, index as usize);
    }
}
fn sort_cached_usize<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], f: F) {
    let mut indices: Vec<(K, usize)> = v.iter().map(f).enumerate().map(|(i, k)| (k, i as usize)).collect();
    indices.sort_unstable();
    for i in 0..v.len() {
        let mut index = indices[i].1;
        while (index as usize) < i {
            index = indices[index as usize].1;
        }
        indices[i].1 = index;
        v.swap(i, index as usize);
    }
}

// ---- std12: more of the everyday surface, written over the modelled methods as std's bodies -------

/// `slice::range(range, ..len)`: a range argument's [start, end) with std's checks and panics.
#[builtin = "slice::range"]
fn slice_range<R>(range: &R, len: usize) -> (usize, usize);

/// A part of std the machine does not model, met at run time (`error: internal`, never a guess).
#[builtin = "std::unmodelled"]
fn unmodelled(what: &str) -> !;

impl<T> [T] {
    /// As std: each element's `clone_from` (a String or Vec keeps and grows its own buffer).
    #[track_caller]
    pub fn clone_from_slice(&mut self, src: &[T]) where T: Clone {
        if self.len() != src.len() {
            panic!("destination and source slices have different lengths");
        }
        let mut i = 0;
        while i < self.len() {
            self[i].clone_from(&src[i]);
            i += 1;
        }
    }
    pub fn fill_with<F: FnMut() -> T>(&mut self, mut f: F) {
        for el in self.iter_mut() {
            *el = f();
        }
    }
    #[track_caller]
    pub fn copy_within<R>(&mut self, src: R, dest: usize) where T: Copy {
        let (start, end) = slice_range(&src, self.len());
        let count = end - start;
        assert!(dest <= self.len() - count, "dest is out of bounds");
        if dest <= start {
            let mut i = 0;
            while i < count {
                self[dest + i] = self[start + i];
                i += 1;
            }
        } else {
            let mut i = count;
            while i > 0 {
                i -= 1;
                self[dest + i] = self[start + i];
            }
        }
    }
    #[track_caller]
    pub fn swap_with_slice(&mut self, other: &mut [T]) {
        assert!(self.len() == other.len(), "destination and source slices have different lengths");
        let mut i = 0;
        while i < self.len() {
            mem::swap(&mut self[i], &mut other[i]);
            i += 1;
        }
    }
    pub fn is_sorted_by<F: FnMut(&T, &T) -> bool>(&self, mut compare: F) -> bool {
        let mut i = 1;
        while i < self.len() {
            if !compare(&self[i - 1], &self[i]) {
                return false;
            }
            i += 1;
        }
        true
    }
    pub fn is_sorted_by_key<K: PartialOrd, F: FnMut(&T) -> K>(&self, f: F) -> bool {
        self.iter().map(f).is_sorted()
    }
    pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T]) where T: Ord {
        select_nth(self, index, &mut |a: &T, b: &T| a.lt(b))
    }
    pub fn select_nth_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, index: usize, mut compare: F) -> (&mut [T], &mut T, &mut [T]) {
        select_nth(self, index, &mut |a: &T, b: &T| compare(a, b) == Ordering::Less)
    }
    pub fn select_nth_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, index: usize, mut f: F) -> (&mut [T], &mut T, &mut [T]) {
        select_nth(self, index, &mut |a: &T, b: &T| f(a).lt(&f(b)))
    }
}

/// std's `partition_at_index` for the cases it settles without partitioning: the last or first
/// index (the maximum or minimum swapped into place) and slices of at most 16 elements (insertion sort).
fn select_nth<'a, T, F: FnMut(&T, &T) -> bool>(v: &'a mut [T], index: usize, is_less: &mut F) -> (&'a mut [T], &'a mut T, &'a mut [T]) {
    let len = v.len();
    if index >= len {
        panic!("partition_at_index index {} greater than length of slice {}", index, len);
    }
    if index == len - 1 {
        let mut best = 0;
        let mut i = 1;
        while i < len {
            if is_less(&v[best], &v[i]) {
                best = i;
            }
            i += 1;
        }
        v.swap(best, index);
    } else if index == 0 {
        let mut best = 0;
        let mut i = 1;
        while i < len {
            if is_less(&v[i], &v[best]) {
                best = i;
            }
            i += 1;
        }
        v.swap(best, index);
    } else if len <= 16 {
        let mut i = 1;
        while i < len {
            let mut j = i;
            while j > 0 && is_less(&v[j], &v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
            i += 1;
        }
    } else {
        unmodelled("select_nth_unstable on more than 16 elements (std's introselect)");
    }
    let (left, right) = v.split_at_mut(index);
    let (pivot, right) = right.split_at_mut(1);
    (left, &mut pivot[0], right)
}

impl<T> Vec<T> {
    pub fn extend_from_within<R>(&mut self, src: R) where T: Clone {
        let (start, end) = slice_range(&src, self.len());
        self.reserve(end - start);
        let mut i = start;
        while i < end {
            let x = self[i].clone();
            self.push(x);
            i += 1;
        }
    }
}

impl<T: Copy> Cell<T> {
    pub fn update<F: FnOnce(T) -> T>(&self, f: F) {
        let old = self.get();
        self.set(f(old));
    }
}
impl<T> Cell<T> {
    #[builtin = "Cell::swap"] pub fn swap(&self, other: &Cell<T>);
}

impl<T> Rc<T> {
    pub fn into_inner(this: Rc<T>) -> Option<T> {
        Rc::try_unwrap(this).ok()
    }
}
impl<T> Arc<T> {
    #[builtin = "Rc::make_mut"] pub fn make_mut(this: &mut Arc<T>) -> &mut T where T: Clone;
    #[builtin = "Rc::weak_count"] pub fn weak_count(this: &Arc<T>) -> usize;
}

/// `std::iter::repeat_with`: endless, the closure called for each item.
pub struct RepeatWith<F> {
    f: F,
}
impl<A, F: FnMut() -> A> Iterator for RepeatWith<F> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        Some((self.f)())
    }
}
pub fn repeat_with<A, F: FnMut() -> A>(repeater: F) -> RepeatWith<F> {
    RepeatWith { f: repeater }
}

/// `std::cmp::{min,max}_by{,_key}`: as std, the first argument wins ties for min, the second for max.
pub fn min_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    if k2 < k1 { v2 } else { v1 }
}
pub fn max_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    if k2 < k1 { v1 } else { v2 }
}
pub fn min_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    if compare(&v2, &v1) == Ordering::Less { v2 } else { v1 }
}
pub fn max_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    if compare(&v2, &v1) == Ordering::Less { v1 } else { v2 }
}

impl char {
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }
    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }
}

impl f64 {
    pub fn round_ties_even(self) -> f64 {
        let r = self.round();
        if (self - self.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
            return r - self.signum();
        }
        r
    }
    pub fn is_subnormal(self) -> bool {
        self != 0.0 && self.abs() < f64::MIN_POSITIVE
    }
    pub fn is_normal(self) -> bool {
        self.is_finite() && self.abs() >= f64::MIN_POSITIVE
    }
}
impl f32 {
    pub fn round_ties_even(self) -> f32 {
        let r = self.round();
        if (self - self.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
            return r - self.signum();
        }
        r
    }
    pub fn is_subnormal(self) -> bool {
        self != 0.0 && self.abs() < f32::MIN_POSITIVE
    }
    pub fn is_normal(self) -> bool {
        self.is_finite() && self.abs() >= f32::MIN_POSITIVE
    }
}
impl i8 {
    pub fn overflowing_neg(self) -> (i8, bool) { (self.wrapping_neg(), self == i8::MIN) }
    pub fn saturating_neg(self) -> i8 { if self == i8::MIN { i8::MAX } else { -self } }
    pub fn saturating_abs(self) -> i8 { if self == i8::MIN { i8::MAX } else { self.abs() } }
    pub fn overflowing_abs(self) -> (i8, bool) { (self.wrapping_abs(), self == i8::MIN) }
}
impl i16 {
    pub fn overflowing_neg(self) -> (i16, bool) { (self.wrapping_neg(), self == i16::MIN) }
    pub fn saturating_neg(self) -> i16 { if self == i16::MIN { i16::MAX } else { -self } }
    pub fn saturating_abs(self) -> i16 { if self == i16::MIN { i16::MAX } else { self.abs() } }
    pub fn overflowing_abs(self) -> (i16, bool) { (self.wrapping_abs(), self == i16::MIN) }
}
impl i32 {
    pub fn overflowing_neg(self) -> (i32, bool) { (self.wrapping_neg(), self == i32::MIN) }
    pub fn saturating_neg(self) -> i32 { if self == i32::MIN { i32::MAX } else { -self } }
    pub fn saturating_abs(self) -> i32 { if self == i32::MIN { i32::MAX } else { self.abs() } }
    pub fn overflowing_abs(self) -> (i32, bool) { (self.wrapping_abs(), self == i32::MIN) }
}
impl i64 {
    pub fn overflowing_neg(self) -> (i64, bool) { (self.wrapping_neg(), self == i64::MIN) }
    pub fn saturating_neg(self) -> i64 { if self == i64::MIN { i64::MAX } else { -self } }
    pub fn saturating_abs(self) -> i64 { if self == i64::MIN { i64::MAX } else { self.abs() } }
    pub fn overflowing_abs(self) -> (i64, bool) { (self.wrapping_abs(), self == i64::MIN) }
}
impl i128 {
    pub fn overflowing_neg(self) -> (i128, bool) { (self.wrapping_neg(), self == i128::MIN) }
    pub fn saturating_neg(self) -> i128 { if self == i128::MIN { i128::MAX } else { -self } }
    pub fn saturating_abs(self) -> i128 { if self == i128::MIN { i128::MAX } else { self.abs() } }
    pub fn overflowing_abs(self) -> (i128, bool) { (self.wrapping_abs(), self == i128::MIN) }
}
impl isize {
    pub fn overflowing_neg(self) -> (isize, bool) { (self.wrapping_neg(), self == isize::MIN) }
    pub fn saturating_neg(self) -> isize { if self == isize::MIN { isize::MAX } else { -self } }
    pub fn saturating_abs(self) -> isize { if self == isize::MIN { isize::MAX } else { self.abs() } }
    pub fn overflowing_abs(self) -> (isize, bool) { (self.wrapping_abs(), self == isize::MIN) }
}
impl u8 {
    pub fn overflowing_neg(self) -> (u8, bool) { (self.wrapping_neg(), self != 0) }
    pub fn checked_add_signed(self, rhs: i8) -> Option<u8> {
        if rhs >= 0 { self.checked_add(rhs as u8) } else { self.checked_sub(rhs.unsigned_abs()) }
    }
    pub fn wrapping_add_signed(self, rhs: i8) -> u8 { self.wrapping_add(rhs as u8) }
    pub fn saturating_add_signed(self, rhs: i8) -> u8 {
        if rhs >= 0 { self.saturating_add(rhs as u8) } else { self.saturating_sub(rhs.unsigned_abs()) }
    }
}
impl u16 {
    pub fn overflowing_neg(self) -> (u16, bool) { (self.wrapping_neg(), self != 0) }
    pub fn checked_add_signed(self, rhs: i16) -> Option<u16> {
        if rhs >= 0 { self.checked_add(rhs as u16) } else { self.checked_sub(rhs.unsigned_abs()) }
    }
    pub fn wrapping_add_signed(self, rhs: i16) -> u16 { self.wrapping_add(rhs as u16) }
    pub fn saturating_add_signed(self, rhs: i16) -> u16 {
        if rhs >= 0 { self.saturating_add(rhs as u16) } else { self.saturating_sub(rhs.unsigned_abs()) }
    }
}
impl u32 {
    pub fn overflowing_neg(self) -> (u32, bool) { (self.wrapping_neg(), self != 0) }
    pub fn checked_add_signed(self, rhs: i32) -> Option<u32> {
        if rhs >= 0 { self.checked_add(rhs as u32) } else { self.checked_sub(rhs.unsigned_abs()) }
    }
    pub fn wrapping_add_signed(self, rhs: i32) -> u32 { self.wrapping_add(rhs as u32) }
    pub fn saturating_add_signed(self, rhs: i32) -> u32 {
        if rhs >= 0 { self.saturating_add(rhs as u32) } else { self.saturating_sub(rhs.unsigned_abs()) }
    }
}
impl u64 {
    pub fn overflowing_neg(self) -> (u64, bool) { (self.wrapping_neg(), self != 0) }
    pub fn checked_add_signed(self, rhs: i64) -> Option<u64> {
        if rhs >= 0 { self.checked_add(rhs as u64) } else { self.checked_sub(rhs.unsigned_abs()) }
    }
    pub fn wrapping_add_signed(self, rhs: i64) -> u64 { self.wrapping_add(rhs as u64) }
    pub fn saturating_add_signed(self, rhs: i64) -> u64 {
        if rhs >= 0 { self.saturating_add(rhs as u64) } else { self.saturating_sub(rhs.unsigned_abs()) }
    }
}
impl u128 {
    pub fn overflowing_neg(self) -> (u128, bool) { (self.wrapping_neg(), self != 0) }
    pub fn checked_add_signed(self, rhs: i128) -> Option<u128> {
        if rhs >= 0 { self.checked_add(rhs as u128) } else { self.checked_sub(rhs.unsigned_abs()) }
    }
    pub fn wrapping_add_signed(self, rhs: i128) -> u128 { self.wrapping_add(rhs as u128) }
    pub fn saturating_add_signed(self, rhs: i128) -> u128 {
        if rhs >= 0 { self.saturating_add(rhs as u128) } else { self.saturating_sub(rhs.unsigned_abs()) }
    }
}
impl usize {
    pub fn overflowing_neg(self) -> (usize, bool) { (self.wrapping_neg(), self != 0) }
    pub fn checked_add_signed(self, rhs: isize) -> Option<usize> {
        if rhs >= 0 { self.checked_add(rhs as usize) } else { self.checked_sub(rhs.unsigned_abs()) }
    }
    pub fn wrapping_add_signed(self, rhs: isize) -> usize { self.wrapping_add(rhs as usize) }
    pub fn saturating_add_signed(self, rhs: isize) -> usize {
        if rhs >= 0 { self.saturating_add(rhs as usize) } else { self.saturating_sub(rhs.unsigned_abs()) }
    }
}
impl i8 {
    pub fn to_ne_bytes(self) -> [u8; 1] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 1]) -> i8 { i8::from_le_bytes(bytes) }
}
impl i16 {
    pub fn to_ne_bytes(self) -> [u8; 2] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 2]) -> i16 { i16::from_le_bytes(bytes) }
}
impl i32 {
    pub fn to_ne_bytes(self) -> [u8; 4] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 4]) -> i32 { i32::from_le_bytes(bytes) }
}
impl i64 {
    pub fn to_ne_bytes(self) -> [u8; 8] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 8]) -> i64 { i64::from_le_bytes(bytes) }
}
impl isize {
    pub fn to_ne_bytes(self) -> [u8; 8] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 8]) -> isize { isize::from_le_bytes(bytes) }
}
impl u8 {
    pub fn to_ne_bytes(self) -> [u8; 1] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 1]) -> u8 { u8::from_le_bytes(bytes) }
}
impl u16 {
    pub fn to_ne_bytes(self) -> [u8; 2] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 2]) -> u16 { u16::from_le_bytes(bytes) }
}
impl u32 {
    pub fn to_ne_bytes(self) -> [u8; 4] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 4]) -> u32 { u32::from_le_bytes(bytes) }
}
impl u64 {
    pub fn to_ne_bytes(self) -> [u8; 8] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 8]) -> u64 { u64::from_le_bytes(bytes) }
}
impl usize {
    pub fn to_ne_bytes(self) -> [u8; 8] { self.to_le_bytes() }
    pub fn from_ne_bytes(bytes: [u8; 8]) -> usize { usize::from_le_bytes(bytes) }
}

impl<T> [T] {
    pub fn split_at_checked(&self, mid: usize) -> Option<(&[T], &[T])> {
        if mid <= self.len() { Some(self.split_at(mid)) } else { None }
    }
}
impl str {
    pub fn split_at_checked(&self, mid: usize) -> Option<(&str, &str)> {
        if self.is_char_boundary(mid) { Some((&self[..mid], &self[mid..])) } else { None }
    }
    /// std: the bytes split at ASCII whitespace, empty pieces left out.
    pub fn split_ascii_whitespace(&self) -> SplitAsciiWhitespace<'_> {
        SplitAsciiWhitespace { rest: self }
    }
}
pub struct SplitAsciiWhitespace<'a> {
    rest: &'a str,
}
impl<'a> Iterator for SplitAsciiWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let t = self.rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
        if t.is_empty() {
            self.rest = t;
            return None;
        }
        let end = match t.find(|c: char| c.is_ascii_whitespace()) {
            Some(i) => i,
            None => t.len(),
        };
        self.rest = &t[end..];
        Some(&t[..end])
    }
}

/// `char::try_from(u32)`: std's error for a surrogate or a value past `char::MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharTryFromError(());
impl fmt::Display for CharTryFromError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad("converted integer out of range for `char`")
    }
}
impl error::Error for CharTryFromError {}
impl TryFrom<u32> for char {
    type Error = CharTryFromError;
    fn try_from(i: u32) -> Result<char, CharTryFromError> {
        match char::from_u32(i) {
            Some(c) => Ok(c),
            None => Err(CharTryFromError(())),
        }
    }
}
/// `u8::try_from(char)` / `u16::try_from(char)`: std's error for a code point that does not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TryFromCharError(());
impl fmt::Display for TryFromCharError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad("unicode code point out of range")
    }
}
impl error::Error for TryFromCharError {}
impl TryFrom<char> for u8 {
    type Error = TryFromCharError;
    fn try_from(c: char) -> Result<u8, TryFromCharError> {
        if (c as u32) < 256 { Ok(c as u8) } else { Err(TryFromCharError(())) }
    }
}
impl TryFrom<char> for u16 {
    type Error = TryFromCharError;
    fn try_from(c: char) -> Result<u16, TryFromCharError> {
        if (c as u32) < 65536 { Ok(c as u16) } else { Err(TryFromCharError(())) }
    }
}

// ---- std14 -----------------------------------------------------------------------------------

/// `char::escape_default` / `escape_debug` / `escape_unicode`: the escape's chars read one by one, as
/// std's fixed buffer (no allocation). Modes: 0 default, 1 debug, 2 unicode, 3 debug leaving
/// grapheme-extending marks as they are (`str::escape_debug` after the first char).
#[derive(Clone, Debug)]
pub struct EscapeChar {
    c: char,
    mode: u8,
    pos: usize,
    end: usize,
}
#[builtin = "char::escape_len"]
fn char_escape_len(c: char, mode: u8) -> usize;
#[builtin = "char::escape_at"]
fn char_escape_at(c: char, mode: u8, i: usize) -> char;
fn escape_char(c: char, mode: u8) -> EscapeChar {
    EscapeChar { c: c, mode: mode, pos: 0, end: char_escape_len(c, mode) }
}
impl char {
    pub fn escape_default(self) -> EscapeChar { escape_char(self, 0) }
    pub fn escape_debug(self) -> EscapeChar { escape_char(self, 1) }
    pub fn escape_unicode(self) -> EscapeChar { escape_char(self, 2) }
}
impl Iterator for EscapeChar {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.pos < self.end {
            let r = char_escape_at(self.c, self.mode, self.pos);
            self.pos += 1;
            Some(r)
        } else {
            None
        }
    }
}
impl ExactSizeIterator for EscapeChar {}
impl fmt::Display for EscapeChar {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut i = self.pos;
        while i < self.end {
            f.write_str(char_escape_at(self.c, self.mode, i).encode_utf8(&mut [0u8; 4]))?;
            i += 1;
        }
        Ok(())
    }
}

/// `str::escape_default` / `escape_debug` / `escape_unicode`: each char's escape in turn (std's FlatMap).
#[derive(Clone)]
pub struct EscapeStr<'a> {
    chars: Chars<'a>,
    mode: u8,
    cur: Option<EscapeChar>,
}
impl str {
    pub fn escape_default(&self) -> EscapeStr<'_> { EscapeStr { chars: self.chars(), mode: 0, cur: None } }
    pub fn escape_debug(&self) -> EscapeStr<'_> {
        let mut chars = self.chars();
        // std: only the first char's grapheme-extending marks are escaped
        let cur = match chars.next() { Some(c) => Some(escape_char(c, 1)), None => None };
        EscapeStr { chars: chars, mode: 3, cur: cur }
    }
    pub fn escape_unicode(&self) -> EscapeStr<'_> { EscapeStr { chars: self.chars(), mode: 2, cur: None } }
}
impl<'a> Iterator for EscapeStr<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        loop {
            if let Some(e) = &mut self.cur {
                if let Some(c) = e.next() {
                    return Some(c);
                }
            }
            match self.chars.next() {
                Some(c) => self.cur = Some(escape_char(c, self.mode)),
                None => return None,
            }
        }
    }
}
impl<'a> fmt::Display for EscapeStr<'a> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut it = self.clone();
        while let Some(c) = it.next() {
            f.write_str(c.encode_utf8(&mut [0u8; 4]))?;
        }
        Ok(())
    }
}

/// `str::rmatches`: `matches` read from the back.
pub struct RMatches<'a, P> {
    inner: Split<'a, P>,
}
impl str {
    pub fn rmatches<'a, P: Pattern>(&'a self, pat: P) -> RMatches<'a, P> {
        RMatches { inner: self.matches(pat) }
    }
}
impl<'a, P> Iterator for RMatches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        split_next_back(&mut self.inner)
    }
}

/// `<[T]>::rchunks_exact`: chunks of exactly `size` from the back; the first `len % size` are the remainder.
pub struct RChunksExact<'a, T> {
    v: &'a [T],
    rem: &'a [T],
    size: usize,
}
impl<T> [T] {
    pub fn rchunks_exact(&self, chunk_size: usize) -> RChunksExact<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        let (rem, v) = self.split_at(self.len() % chunk_size);
        RChunksExact { v: v, rem: rem, size: chunk_size }
    }
}
impl<'a, T> RChunksExact<'a, T> {
    pub fn remainder(&self) -> &'a [T] {
        self.rem
    }
}
impl<'a, T> Clone for RChunksExact<'a, T> {
    fn clone(&self) -> RChunksExact<'a, T> {
        RChunksExact { v: self.v, rem: self.rem, size: self.size }
    }
}
impl<'a, T> Iterator for RChunksExact<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.size {
            return None;
        }
        let (rest, chunk) = self.v.split_at(self.v.len() - self.size);
        self.v = rest;
        Some(chunk)
    }
}
impl<'a, T> ExactSizeIterator for RChunksExact<'a, T> {}

/// `<[T]>::chunk_by`: runs of neighbours the predicate relates, front to back.
pub struct ChunkBy<'a, T, P> {
    v: &'a [T],
    pred: P,
}
impl<T> [T] {
    pub fn chunk_by<F: FnMut(&T, &T) -> bool>(&self, pred: F) -> ChunkBy<'_, T, F> {
        ChunkBy { v: self, pred: pred }
    }
}
impl<'a, T, P: FnMut(&T, &T) -> bool> Iterator for ChunkBy<'a, T, P> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            return None;
        }
        let mut len = 1;
        while len < self.v.len() && (self.pred)(&self.v[len - 1], &self.v[len]) {
            len += 1;
        }
        let (head, tail) = self.v.split_at(len);
        self.v = tail;
        Some(head)
    }
}

/// `<[T]>::rchunks_mut`: `rchunks` handing out the chunks mutably.
pub struct RChunksMut<'a, T> {
    v: &'a mut [T],
    size: usize,
}
impl<T> [T] {
    pub fn rchunks_mut(&mut self, chunk_size: usize) -> RChunksMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunksMut { v: self, size: chunk_size }
    }
}
impl<'a, T> Iterator for RChunksMut<'a, T> {
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.is_empty() {
            return None;
        }
        let n = self.v.len();
        let take = if n < self.size { n } else { self.size };
        let v = mem::replace(&mut self.v, &mut []);
        let (rest, chunk) = v.split_at_mut(n - take);
        self.v = rest;
        Some(chunk)
    }
}

/// `Vec::splice`: a `drain` of the range yielding the removed elements; dropping it puts the
/// replacement in (std's `Splice::drop`: fill the gap, grow by the lower bound, then collect the rest).
pub struct Splice<'a, T, I> {
    drain: Drain<'a, T>,
    replace_with: I,
}
impl<T> Vec<T> {
    pub fn splice<R: RangeBounds<usize>, J: IntoIterator<Item = T>>(&mut self, range: R, replace_with: J) -> Splice<'_, T, J::IntoIter> {
        Splice { drain: self.drain(range), replace_with: replace_with.into_iter() }
    }
}
impl<'a, T, I: Iterator<Item = T>> Iterator for Splice<'a, T, I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.drain.next()
    }
}
impl<'a, T, I: Iterator<Item = T>> DoubleEndedIterator for Splice<'a, T, I> {
    fn next_back(&mut self) -> Option<T> {
        self.drain.next_back()
    }
}
#[builtin = "Vec::splice_finish"]
fn splice_finish<'a, T, I: Iterator<Item = T>>(drain: &mut Drain<'a, T>, replace_with: &mut I);
impl<'a, T, I: Iterator<Item = T>> Drop for Splice<'a, T, I> {
    fn drop(&mut self) {
        splice_finish(&mut self.drain, &mut self.replace_with);
    }
}
