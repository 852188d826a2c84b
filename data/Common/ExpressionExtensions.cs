using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace NetworkGraph.Data.Common;

public static class ExpressionExtensions
{
    /// <summary>The expression with <paramref name="parameter"/> replaced: how one lambda's body is put into another.</summary>
    public static Expression Replace(this Expression body, ParameterExpression parameter, Expression replacement) =>
        ReplacingExpressionVisitor.Replace(parameter, replacement, body);
}
